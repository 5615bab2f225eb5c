-------------------- MODULE MCRecoveryMutantNoKillHung --------------------
(* Recovery at CI size with the bug "NoKillHung" switched on; TLC must catch it. *)
EXTENDS MCRecovery
=============================================================================
