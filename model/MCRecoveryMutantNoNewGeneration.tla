-------------------- MODULE MCRecoveryMutantNoNewGeneration --------------------
(* Recovery at CI size with the bug "NoNewGeneration" switched on; TLC must catch it. *)
EXTENDS MCRecovery
=============================================================================
