---------- MODULE MCPrivilegesMutantPortNotChecked ----------
(* Mutant of MCPrivileges: the PortNotChecked bug is switched on; *)
(* TLC must report a violation of PortAccessWithinPrivilege. *)
EXTENDS MCPrivileges

MutantBug == "PortNotChecked"
=============================================================================
