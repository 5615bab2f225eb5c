--------------------------- MODULE MCIpcConform ---------------------------
(* Ipc with the bounds of conformance walks, for trace generation only   *)
(* (random walks replayed against the kernel by ./minix3j conform), not  *)
(* for exhaustive checking: its state space is far beyond a CI run.      *)
(* The processes of MCIpc, with bounds that let a behaviour go on for    *)
(* 25 steps and more: sixteen messages, six notifications, a server and  *)
(* a client that may each die and restart up to three times, and wider   *)
(* peers (client 3 calls both servers, each server notifies a client).   *)
EXTENDS Ipc

ConformSlots == {1, 2, 3, 4}
ConformServers == {1, 2}
ConformMortal == {2, 3}
ConformMaxGeneration == 3
ConformMaxMessages == 16
ConformMaxNotifications == 6
ConformClientPeers == [c \in {3, 4} |-> IF c = 3 THEN {1, 2, 4} ELSE {2, 3}]
ConformServerPeers == [s \in {1, 2} |-> IF s = 1 THEN {2, 3} ELSE {4}]
ConformBug == "none"
=============================================================================
