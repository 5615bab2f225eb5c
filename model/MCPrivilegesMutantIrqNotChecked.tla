---------- MODULE MCPrivilegesMutantIrqNotChecked ----------
(* Mutant of MCPrivileges: the IrqNotChecked bug is switched on; *)
(* TLC must report a violation of IrqDeliveryWithinPrivilege. *)
EXTENDS MCPrivileges

MutantBug == "IrqNotChecked"
=============================================================================
