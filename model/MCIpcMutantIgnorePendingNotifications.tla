---------- MODULE MCIpcMutantIgnorePendingNotifications ----------
(* Mutant of MCIpc: the IgnorePendingNotifications bug is switched on *)
(* (RECEIVE never takes a pending notification); TLC must report a    *)
(* violation of the liveness property NotificationEventuallyReceived. *)
(* The bug needs no message, so this mutant allows one message instead *)
(* of two: TLC checks liveness once a minute or at the end of the     *)
(* search, and the smaller state space lets the search end well       *)
(* within a minute.                                                    *)
EXTENDS MCIpc

MutantMaxMessages == 1
MutantBug == "IgnorePendingNotifications"
=============================================================================
