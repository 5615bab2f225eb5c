---------- MODULE MCPrivilegesMutantSendMaskNotChecked ----------
(* Mutant of MCPrivileges: the SendMaskNotChecked bug is switched on; *)
(* TLC must report a violation of IpcWithinPrivilege. *)
EXTENDS MCPrivileges

MutantBug == "SendMaskNotChecked"
=============================================================================
