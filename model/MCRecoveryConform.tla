------------------------- MODULE MCRecoveryConform -------------------------
(* Recovery with the bounds of conformance walks, for trace generation     *)
(* only (random walks replayed against RS, DS, the file server's recovery  *)
(* path and puppet drivers by ./minix3j conform Recovery), not for          *)
(* exhaustive checking. Two clients with five requests over a block and a  *)
(* character driver, three faults, back-offs of 1, 2 and 4 periods, so a   *)
(* behaviour goes on for 30 steps and more with crashes, hangs, kills,     *)
(* restarts and re-issues.                                                 *)
(*                                                                         *)
(* ConformOrder (the model's action constraint) keeps the behaviours whose *)
(* order the implementation can take: the steps the servers take on their  *)
(* own in response to a puppet's step or RS's period (RSKillHung and the    *)
(* RSReap that follows a missed heartbeat, RSRestart once the back-off ran *)
(* out, the file server's FSSend and a receiving driver's DriverReceive,   *)
(* the file server's FSCheckDS while it waits for a new instance) come     *)
(* before any other step, and the file server fetches a new endpoint only  *)
(* while it waits for one: it has no subscription and learns of a new      *)
(* instance from DS when IPC with the old one fails.                       *)
EXTENDS Recovery

ConformClients == {"c1", "c2"}
ConformDrivers == {"disk", "printer"}
ConformKind == [d \in ConformDrivers |-> IF d = "disk" THEN "block" ELSE "char"]
ConformPayloads == {1, 2}
ConformScript == [c \in ConformClients |->
                    IF c = "c1" THEN <<<<"disk", 1>>, <<"printer", 1>>, <<"disk", 2>>>>
                    ELSE <<<<"disk", 2>>, <<"printer", 2>>>>]
ConformBootSlot == [d \in ConformDrivers |-> IF d = "disk" THEN 1 ELSE 2]

\* The steps the servers take by themselves, and when they are due.
KillDue(d) == rsState[d] = "up" /\ heartbeat[d] = "missed" /\ EndpointLive(rsEndpoint[d])
ReapDue(d) == rsState[d] = "up" /\ heartbeat[d] = "missed" /\ proc[RsSlot(d)].state = "exited"
RestartDue(d) == rsState[d] = "backoff" /\ backoff[d] = 0 /\ proc[RsSlot(d)].state = "free"
CheckDue(d) == dsChanged[d] /\ fsPhase[d] = "waitingDriver"
SendDue(d) == fsPhase[d] = "idle" /\ fsQueue[d] # <<>>
ReceiveDue(d) == fsPhase[d] = "sending"
                 /\ \E s \in Slots : /\ proc[s].state = "running"
                                     /\ proc[s].holding = NoRequest
                                     /\ fsEndpoint[d] = EndpointOf(s)
ServerStepDue ==
    \E d \in Drivers : KillDue(d) \/ ReapDue(d) \/ RestartDue(d) \/ CheckDue(d)
                       \/ SendDue(d) \/ ReceiveDue(d)
ServerStep ==
    \E d \in Drivers :
        \/ KillDue(d) /\ RSKillHung(d)
        \/ ReapDue(d) /\ RSReap(d)
        \/ RestartDue(d) /\ RSRestart(d)
        \/ CheckDue(d) /\ FSCheckDS(d)
        \/ SendDue(d) /\ FSSend(d)
        \/ ReceiveDue(d) /\ \E s \in Slots : DriverReceive(s, d)

ConformOrder ==
    /\ ServerStepDue => ServerStep
    /\ \A d \in Drivers : (dsChanged[d] /\ ~dsChanged'[d]) => fsPhase[d] = "waitingDriver"
=============================================================================
