---------- MODULE MCPrivilegesMutantCallMaskNotChecked ----------
(* Mutant of MCPrivileges: the CallMaskNotChecked bug is switched on; *)
(* TLC must report a violation of KernelCallWithinPrivilege. *)
EXTENDS MCPrivileges

MutantBug == "CallMaskNotChecked"
=============================================================================
