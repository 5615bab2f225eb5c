-------------------- MODULE MCRecoveryMutantNoKillBeforeRestart --------------------
(* Recovery at CI size with the bug "NoKillBeforeRestart" switched on; TLC must catch it. *)
EXTENDS MCRecovery
=============================================================================
