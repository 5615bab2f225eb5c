-------------------- MODULE MCRecoveryMutantCharReissued --------------------
(* Recovery at CI size with the bug "CharReissued" switched on; TLC must catch it. *)
EXTENDS MCRecovery
=============================================================================
