-------------------------- MODULE MCIpcDeep --------------------------
(* Deep size of Ipc: four processes, two servers (slot 2 may exit and   *)
(* restart once) and two clients, so that cycles between blocked        *)
(* clients can form and be refused; one message and one notification.   *)
(* Safety and liveness (under weak fairness of the servers' receive).   *)
EXTENDS Ipc

DeepSlots == {1, 2, 3, 4}
DeepServers == {1, 2}
DeepMortal == {2}
DeepMaxGeneration == 1
DeepMaxMessages == 1
DeepMaxNotifications == 1
DeepBug == "none"
=============================================================================
