-------------------------- MODULE MCIpcDeep --------------------------
(* Deep size of Ipc: four processes. Two servers (slot 2 may exit and  *)
(* restart once), each allowed to notify every slot; two clients that  *)
(* may call every slot, old endpoints included; two messages (a        *)
(* request and its reply) and one notification. Safety and liveness   *)
(* (under weak fairness of the servers' receive).                      *)
EXTENDS Ipc

DeepSlots == {1, 2, 3, 4}
DeepServers == {1, 2}
DeepMortal == {2}
DeepMaxGeneration == 1
DeepMaxMessages == 2
DeepMaxNotifications == 1
DeepClientPeers == [c \in {3, 4} |-> {1, 2, 3, 4}]
DeepServerPeers == [s \in {1, 2} |-> {1, 2, 3, 4}]
DeepBug == "none"
=============================================================================
