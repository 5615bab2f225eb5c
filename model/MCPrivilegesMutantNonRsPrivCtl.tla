---------- MODULE MCPrivilegesMutantNonRsPrivCtl ----------
(* Mutant of MCPrivileges: the NonRsPrivCtl bug is switched on; *)
(* TLC must report a violation of OnlyRsChangesPrivileges. *)
EXTENDS MCPrivileges

MutantBug == "NonRsPrivCtl"
=============================================================================
