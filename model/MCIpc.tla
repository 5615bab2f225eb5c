---------------------------- MODULE MCIpc ----------------------------
(* CI size of Ipc: four processes, three of them servers (slot 1 may    *)
(* exit and restart once with a new generation) and one client making   *)
(* any call with any endpoint it may hold; one message and one          *)
(* notification. Safety only: liveness is checked by MCIpcDeep.          *)
EXTENDS Ipc

MCSlots == {1, 2, 3, 4}
MCServers == {1, 2, 3}
MCMortal == {1}
MCMaxGeneration == 1
MCMaxMessages == 1
MCMaxNotifications == 1
MCBug == "none"
=============================================================================
