---------- MODULE MCPrivilegesMutantStaleIrqHook ----------
(* Mutant of MCPrivileges: the StaleIrqHook bug is switched on; *)
(* TLC must report a violation of IrqDeliveryWithinPrivilege. *)
EXTENDS MCPrivileges

MutantBug == "StaleIrqHook"
=============================================================================
