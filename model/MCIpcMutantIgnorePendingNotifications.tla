---------- MODULE MCIpcMutantIgnorePendingNotifications ----------
(* Mutant of MCIpc: the IgnorePendingNotifications bug is switched on *)
(* (RECEIVE never takes a pending notification); TLC must report a    *)
(* violation of the liveness property NotificationEventuallyReceived. *)
EXTENDS MCIpc

MutantBug == "IgnorePendingNotifications"
=============================================================================
