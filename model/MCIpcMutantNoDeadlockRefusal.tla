---------- MODULE MCIpcMutantNoDeadlockRefusal ----------
(* Mutant of MCIpc: the NoDeadlockRefusal bug is switched on; *)
(* TLC must report a violation of NoBlockedCycle. *)
EXTENDS MCIpc

MutantBug == "NoDeadlockRefusal"
=============================================================================
