---------- MODULE MCIpcMutantForgetBlockedPeers ----------
(* Mutant of MCIpc: the ForgetBlockedPeers bug is switched on; *)
(* TLC must report a violation of BlockedPeerAlive. *)
EXTENDS MCIpc

MutantBug == "ForgetBlockedPeers"
=============================================================================
