---------------------------- MODULE MCIpc ----------------------------
(* CI size of Ipc: four processes. Slots 1 and 2 are servers; slot 2    *)
(* may exit and restart once with a new generation, and server 1       *)
(* notifies server 2 (as a driver signals a server). Slots 3 and 4 are  *)
(* clients: client 3 deals with server 2 and client 4 (so a SENDREC to  *)
(* the server is received and answered, and an old endpoint of the      *)
(* server outlives its restart); client 4 deals with client 3 only, so  *)
(* that cycles between the two blocked clients form and are refused     *)
(* with ELOCKED. Two messages (a request and its reply) and one         *)
(* notification. Safety only: liveness is checked by MCIpcDeep.          *)
EXTENDS Ipc

MCSlots == {1, 2, 3, 4}
MCServers == {1, 2}
MCMortal == {2}
MCMaxGeneration == 1
MCMaxMessages == 2
MCMaxNotifications == 1
MCClientPeers == [c \in {3, 4} |-> IF c = 3 THEN {2, 4} ELSE {3}]
MCServerPeers == [s \in {1, 2} |-> IF s = 1 THEN {2} ELSE {}]
MCBug == "none"
=============================================================================
