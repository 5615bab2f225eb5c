---------- MODULE MCPrivilegesMutantUserSendsAnywhere ----------
(* Mutant of MCPrivileges: the UserSendsAnywhere bug is switched on; *)
(* TLC must report a violation of UserSendrecOnlyToPmVfs. *)
EXTENDS MCPrivileges

MutantBug == "UserSendsAnywhere"
=============================================================================
