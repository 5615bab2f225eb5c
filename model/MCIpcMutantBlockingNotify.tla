---------- MODULE MCIpcMutantBlockingNotify ----------
(* Mutant of MCIpc: the BlockingNotify bug is switched on; *)
(* TLC must report a violation of NotifyNeverBlocks. *)
EXTENDS MCIpc

MutantBug == "BlockingNotify"
=============================================================================
