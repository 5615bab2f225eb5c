-------------------- MODULE MCRecoveryMutantForgetPending --------------------
(* Recovery at CI size with the bug "ForgetPending" switched on; TLC must catch it. *)
EXTENDS MCRecovery
=============================================================================
