-------------------- MODULE MCRecoveryMutantBlockFailedEIO --------------------
(* Recovery at CI size with the bug "BlockFailedEIO" switched on; TLC must catch it. *)
EXTENDS MCRecovery
=============================================================================
