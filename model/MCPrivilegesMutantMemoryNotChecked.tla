---------- MODULE MCPrivilegesMutantMemoryNotChecked ----------
(* Mutant of MCPrivileges: the MemoryNotChecked bug is switched on; *)
(* TLC must report a violation of MemoryAccessWithinPrivilege. *)
EXTENDS MCPrivileges

MutantBug == "MemoryNotChecked"
=============================================================================
