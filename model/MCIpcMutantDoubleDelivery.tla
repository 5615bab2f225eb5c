---------- MODULE MCIpcMutantDoubleDelivery ----------
(* Mutant of MCIpc: the DoubleDelivery bug is switched on; *)
(* TLC must report a violation of NoLostOrDuplicatedMessage. *)
EXTENDS MCIpc

MutantBug == "DoubleDelivery"
=============================================================================
