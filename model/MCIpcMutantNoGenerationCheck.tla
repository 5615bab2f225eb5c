---------- MODULE MCIpcMutantNoGenerationCheck ----------
(* Mutant of MCIpc: the NoGenerationCheck bug is switched on; *)
(* TLC must report a violation of NoStaleDelivery. *)
EXTENDS MCIpc

MutantBug == "NoGenerationCheck"
=============================================================================
