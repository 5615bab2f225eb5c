-------------------- MODULE MCRecoveryMutantNoPublish --------------------
(* Recovery at CI size with the bug "NoPublish" switched on; TLC must catch it. *)
EXTENDS MCRecovery
=============================================================================
