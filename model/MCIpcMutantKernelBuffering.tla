---------- MODULE MCIpcMutantKernelBuffering ----------
(* Mutant of MCIpc: the KernelBuffering bug is switched on; *)
(* TLC must report a violation of NoKernelBuffering. *)
EXTENDS MCIpc

MutantBug == "KernelBuffering"
=============================================================================
