-------------------- MODULE MCRecoveryMutantNoBackoff --------------------
(* Recovery at CI size with the bug "NoBackoff" switched on; TLC must catch it. *)
EXTENDS MCRecovery
=============================================================================
