------------------------------ MODULE Recovery ------------------------------
(***************************************************************************)
(* Recovery of failed device drivers in minix3j, after MINIX 3's           *)
(* reincarnation server (RS) and data store (DS).                          *)
(*                                                                         *)
(* Modelled: client processes calling the file server (FS) with device     *)
(* requests; the FS forwarding each request to the driver of its label     *)
(* with a rendezvous SEND and waiting for the reply; the kernel's driver   *)
(* slots, each holding one driver instance named by an endpoint = slot +   *)
(* generation; driver faults (a crash: exit or exception, which PM         *)
(* reports to RS; a hang: the driver stops answering); RS's periodic       *)
(* clock notification, on which it pings every live driver, marks a ping   *)
(* left unanswered for a whole period as missed and counts down back-off   *)
(* delays; RS killing a hung driver, reaping a dead one, and starting a    *)
(* fresh copy in the same slot with the slot's next generation after an    *)
(* exponential back-off (the kernel's SYS_SPAWN, which refuses a slot      *)
(* whose process is still alive); RS                                       *)
(* publishing label -> endpoint in DS; DS notifying the FS, which takes    *)
(* the new endpoint and re-issues the block request that was in flight,   *)
(* while an in-flight character request fails with EIO (it may have had    *)
(* an effect already and must not be repeated).                            *)
(*                                                                         *)
(* Abstracted away: message contents other than a request's identity and   *)
(* payload (the data a driver returns is the pair <<its label, payload>>,  *)
(* so a reply served by the wrong device or for the wrong request shows);  *)
(* grants and copying; PM and the kernel's exit bookkeeping (an exit is    *)
(* reported to RS by one RSReap step); DS's other keys and subscribers;    *)
(* the boot image (a restart is one step); restarts of RS, DS, PM or the   *)
(* FS themselves. Timing is abstract: a healthy driver always answers a    *)
(* ping within one heartbeat period (RSPeriod waits for it), a hung one    *)
(* never does. Faults are bounded by MaxFaults so that liveness holds.     *)
(*                                                                         *)
(* Every action is a kernel- or server-level operation that the Java       *)
(* implementation performs; the state is held the way the kernel and the   *)
(* servers hold it, so that traces of this spec can be replayed against    *)
(* them.                                                                   *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Clients,      \* client processes, each running a fixed script of requests
    Drivers,      \* driver labels (RS's service names), e.g. "disk", "printer"
    Kind,         \* [Drivers -> {"block", "char"}]: the device type behind a label
    Payloads,     \* request payloads (block numbers, print jobs)
    Script,       \* [Clients -> Seq(Drivers \X Payloads)]: requests each client makes, in order
    NumSlots,     \* number of process-table slots available to drivers (a restart reuses its own)
    BootSlot,     \* [Drivers -> 1..NumSlots]: where each driver starts at boot (injective)
    MaxFaults,    \* bound on driver faults (crashes plus hangs) in a behaviour
    BackoffCap,   \* cap of the exponential back-off delay, in RS periods
    Bug           \* "none", or the name of one known bug switched on (see Bugs)

Bugs == {"none",
         "NoPublish",            \* RS restarts a driver without publishing it in DS
         "ForgetPending",        \* the FS drops the pending request when the new instance appears
         "NoNewGeneration",      \* a reused slot keeps its generation: stale endpoints stay valid
         "NoBackoff",            \* RS restarts at once, without the back-off delay
         "CharReissued",         \* the FS re-issues an in-flight character request
         "BlockFailedEIO",       \* the FS fails an in-flight block request with EIO
         "NoKillHung",           \* RS never kills a driver that missed its heartbeat
         "NoKillBeforeRestart"}  \* RS starts a new copy without killing the hung one

Slots == 1..NumSlots
RequestIds == UNION { {<<c, i>> : i \in 1..Len(Script[c])} : c \in Clients }
ReqLabel(r) == Script[r[1]][r[2]][1]
ReqPayload(r) == Script[r[1]][r[2]][2]
BlockRequests == {r \in RequestIds : Kind[ReqLabel(r)] = "block"}
CharRequests == {r \in RequestIds : Kind[ReqLabel(r)] = "char"}
NoRequest == <<>>          \* "holding no request"
NoData == <<>>             \* "no reply data yet"
NoLabel == "none"          \* label of a free slot
Endpoint(slot, generation) == <<slot, generation>>
MaxGeneration == 1 + MaxFaults
Endpoints == Slots \X (0..MaxGeneration)

ASSUME ClientsFinite == IsFiniteSet(Clients)
ASSUME DriversNamed == IsFiniteSet(Drivers) /\ NoLabel \notin Drivers
ASSUME KindIsDeviceType == Kind \in [Drivers -> {"block", "char"}]
ASSUME ScriptWellFormed == Script \in [Clients -> Seq(Drivers \X Payloads)]
ASSUME EnoughSlots == NumSlots \in Nat /\ NumSlots >= Cardinality(Drivers)
ASSUME BootSlotsDistinct ==
    /\ BootSlot \in [Drivers -> Slots]
    /\ \A d1, d2 \in Drivers : d1 # d2 => BootSlot[d1] # BootSlot[d2]
ASSUME FaultBound == MaxFaults \in Nat
ASSUME BackoffCapPositive == BackoffCap \in Nat /\ BackoffCap >= 1
ASSUME BugKnown == Bug \in Bugs

Min(a, b) == IF a < b THEN a ELSE b

\* RS's back-off before the n-th restart of a label: 1, 2, 4, ... up to BackoffCap periods.
BackoffDelay(n) == Min(BackoffCap, 2 ^ (n - 1))

VARIABLES
    \* Kernel: the driver slots of the process table. state is "free", "running",
    \* "hung" (alive, stuck in a loop) or "exited" (dead, not yet reaped by RS);
    \* label names the service the instance runs; gen is the slot's generation;
    \* holding is the request the instance has received and not yet answered.
    proc,
    \* RS, per label: "up" (an instance is supposed to run) or "backoff"
    \* (failed, waiting to restart); the endpoint of the current instance;
    \* the number of failures seen; the back-off periods still to wait; the
    \* periods waited since the last failure; the heartbeat ("idle",
    \* "pinged" this period, "missed" a whole period).
    rsState, rsEndpoint, crashCount, backoff, waited, heartbeat,
    \* DS: the published endpoint per label, and per label whether the FS
    \* (DS's one subscriber here) has an update it has not yet fetched.
    dsTable, dsChanged,
    \* FS, per driver label: the endpoint it uses, the FIFO of requests it
    \* holds for that driver (the head is the one in flight), the phase of
    \* its conversation with the driver ("idle", "sending", "awaitingReply",
    \* "waitingDriver" after EDEADSRCDST) and the result of its last IPC call
    \* to that driver ("OK" or "EDEADSRCDST").
    fsEndpoint, fsQueue, fsPhase, fsLastResult,
    \* Clients: the index of the request each client is at; per request its
    \* outcome ("unissued", "pending", "OK", "EIO") and the data it returned.
    clientPc, outcome, replyData,
    \* History: how often each character request reached a driver (capped
    \* at 2), the endpoints of instances that have stopped, and the number
    \* of faults so far.
    charTaken, retired, faults

kernelVars == <<proc>>
rsVars == <<rsState, rsEndpoint, crashCount, backoff, waited, heartbeat>>
dsVars == <<dsTable, dsChanged>>
fsVars == <<fsEndpoint, fsQueue, fsPhase, fsLastResult>>
clientVars == <<clientPc, outcome, replyData>>
historyVars == <<charTaken, retired, faults>>
vars == <<kernelVars, rsVars, dsVars, fsVars, clientVars, historyVars>>

-----------------------------------------------------------------------------
(* Helpers over the kernel's process table. *)

EndpointOf(s) == Endpoint(s, proc[s].gen)
Live(s) == proc[s].state \in {"running", "hung"}
\* The kernel's endpoint check: the slot holds a live process of that generation.
EndpointLive(e) == Live(e[1]) /\ proc[e[1]].gen = e[2]
LabelRunning(d) == \E s \in Slots : proc[s].label = d /\ proc[s].state = "running"
RsSlot(d) == rsEndpoint[d][1]
Range(sequence) == {sequence[i] : i \in 1..Len(sequence)}

\* The FS's rule when IPC with a driver fails with EDEADSRCDST: an in-flight
\* block request waits for the new instance; an in-flight character request
\* fails with EIO.
FailsWithEIO(d) ==
    CASE Bug = "CharReissued"   -> FALSE
      [] Bug = "BlockFailedEIO" -> TRUE
      [] OTHER                  -> Kind[d] = "char"

\* The kernel ends the FS's IPC with each label in `affected` with
\* EDEADSRCDST; the FS applies its rule. Used when the FS sends to a dead or
\* stale endpoint, and when a driver the FS is blocked on dies.
FsPeerDied(affected) ==
    LET failing == {d \in affected : FailsWithEIO(d)}
        failed == {Head(fsQueue[d]) : d \in failing}
    IN /\ fsPhase' = [d \in Drivers |->
                        IF d \in affected THEN "waitingDriver" ELSE fsPhase[d]]
       /\ fsLastResult' = [d \in Drivers |->
                        IF d \in affected THEN "EDEADSRCDST" ELSE fsLastResult[d]]
       /\ fsQueue' = [d \in Drivers |->
                        IF d \in failing THEN Tail(fsQueue[d]) ELSE fsQueue[d]]
       /\ outcome' = [r \in RequestIds |->
                        IF r \in failed THEN "EIO" ELSE outcome[r]]
       /\ clientPc' = [c \in Clients |->
                        IF \E r \in failed : r[1] = c THEN clientPc[c] + 1 ELSE clientPc[c]]

\* The FS labels whose IPC is blocked on endpoint e.
BlockedOn(e) == {d \in Drivers : fsPhase[d] \in {"sending", "awaitingReply"}
                                 /\ fsEndpoint[d] = e}

\* Kernel clean-up when the process in slot s stops: it no longer holds a
\* request, its endpoint is retired, and every IPC blocked on it ends with
\* EDEADSRCDST.
ProcessStops(s, newState) ==
    /\ proc' = [proc EXCEPT ![s].state = newState, ![s].holding = NoRequest]
    /\ retired' = retired \cup {EndpointOf(s)}
    /\ FsPeerDied(BlockedOn(EndpointOf(s)))

-----------------------------------------------------------------------------
TypeOK ==
    /\ proc \in [Slots -> [state : {"free", "running", "hung", "exited"},
                           label : Drivers \cup {NoLabel},
                           gen : 0..MaxGeneration,
                           holding : RequestIds \cup {NoRequest}]]
    /\ rsState \in [Drivers -> {"up", "backoff"}]
    /\ rsEndpoint \in [Drivers -> Endpoints]
    /\ crashCount \in [Drivers -> 0..MaxFaults]
    /\ backoff \in [Drivers -> 0..BackoffCap]
    /\ waited \in [Drivers -> 0..BackoffCap]
    /\ heartbeat \in [Drivers -> {"idle", "pinged", "missed"}]
    /\ dsTable \in [Drivers -> Endpoints]
    /\ dsChanged \in [Drivers -> BOOLEAN]
    /\ fsEndpoint \in [Drivers -> Endpoints]
    /\ fsQueue \in [Drivers -> Seq(RequestIds)]
    /\ fsPhase \in [Drivers -> {"idle", "sending", "awaitingReply", "waitingDriver"}]
    /\ fsLastResult \in [Drivers -> {"OK", "EDEADSRCDST"}]
    /\ clientPc \in [Clients -> Nat]
    /\ outcome \in [RequestIds -> {"unissued", "pending", "OK", "EIO"}]
    /\ replyData \in [RequestIds -> (Drivers \X Payloads) \cup {NoData}]
    /\ charTaken \in [CharRequests -> 0..2]
    /\ retired \subseteq Endpoints
    /\ faults \in 0..MaxFaults

Init ==
    /\ proc = [s \in Slots |->
                 IF \E d \in Drivers : BootSlot[d] = s
                 THEN [state |-> "running",
                       label |-> CHOOSE d \in Drivers : BootSlot[d] = s,
                       gen |-> 1, holding |-> NoRequest]
                 ELSE [state |-> "free", label |-> NoLabel, gen |-> 0,
                       holding |-> NoRequest]]
    /\ rsState = [d \in Drivers |-> "up"]
    /\ rsEndpoint = [d \in Drivers |-> Endpoint(BootSlot[d], 1)]
    /\ crashCount = [d \in Drivers |-> 0]
    /\ backoff = [d \in Drivers |-> 0]
    /\ waited = [d \in Drivers |-> 0]
    /\ heartbeat = [d \in Drivers |-> "idle"]
    /\ dsTable = [d \in Drivers |-> Endpoint(BootSlot[d], 1)]
    /\ dsChanged = [d \in Drivers |-> FALSE]
    /\ fsEndpoint = [d \in Drivers |-> Endpoint(BootSlot[d], 1)]
    /\ fsQueue = [d \in Drivers |-> <<>>]
    /\ fsPhase = [d \in Drivers |-> "idle"]
    /\ fsLastResult = [d \in Drivers |-> "OK"]
    /\ clientPc = [c \in Clients |-> 1]
    /\ outcome = [r \in RequestIds |-> "unissued"]
    /\ replyData = [r \in RequestIds |-> NoData]
    /\ charTaken = [r \in CharRequests |-> 0]
    /\ retired = {}
    /\ faults = 0

-----------------------------------------------------------------------------
(* Clients. *)

\* Client c calls the FS with its next request (SENDREC to the FS, which
\* queues it for the driver of the request's label).
ClientCall(c) ==
    LET r == <<c, clientPc[c]>>
    IN /\ clientPc[c] <= Len(Script[c])
       /\ outcome[r] = "unissued"
       /\ outcome' = [outcome EXCEPT ![r] = "pending"]
       /\ fsQueue' = [fsQueue EXCEPT ![ReqLabel(r)] = Append(@, r)]
       /\ UNCHANGED <<kernelVars, rsVars, dsVars, fsEndpoint, fsPhase, fsLastResult,
                      clientPc, replyData, historyVars>>

-----------------------------------------------------------------------------
(* File server. *)

\* The FS sends the head of its queue for label d to the endpoint it knows.
\* The kernel refuses a dead or stale endpoint with EDEADSRCDST at once;
\* otherwise the FS blocks until the driver receives.
FSSend(d) ==
    /\ fsPhase[d] = "idle"
    /\ fsQueue[d] # <<>>
    /\ IF EndpointLive(fsEndpoint[d])
       THEN /\ fsPhase' = [fsPhase EXCEPT ![d] = "sending"]
            /\ UNCHANGED <<fsQueue, fsLastResult, outcome, clientPc>>
       ELSE FsPeerDied({d})
    /\ UNCHANGED <<kernelVars, rsVars, dsVars, fsEndpoint, replyData, historyVars>>

\* The FS handles DS's notification: it fetches the changed entry for label d
\* and, if it was waiting for a new instance, goes back to idle so that
\* FSSend re-issues the request at the head of its queue.
FSCheckDS(d) ==
    /\ dsChanged[d]
    /\ fsPhase[d] \notin {"sending", "awaitingReply"}
    /\ dsChanged' = [dsChanged EXCEPT ![d] = FALSE]
    /\ fsEndpoint' = [fsEndpoint EXCEPT ![d] = dsTable[d]]
    /\ IF fsPhase[d] = "waitingDriver"
       THEN /\ fsPhase' = [fsPhase EXCEPT ![d] = "idle"]
            /\ IF Bug = "ForgetPending" /\ fsQueue[d] # <<>>
               THEN fsQueue' = [fsQueue EXCEPT ![d] = Tail(@)]
               ELSE UNCHANGED fsQueue
       ELSE UNCHANGED <<fsPhase, fsQueue>>
    /\ UNCHANGED <<kernelVars, rsVars, dsTable, fsLastResult, clientVars, historyVars>>

-----------------------------------------------------------------------------
(* Drivers. *)

\* The driver in slot s, blocked in RECEIVE, takes the FS's request for label
\* d; the FS's SEND completes with OK and it waits for the reply.
DriverReceive(s, d) ==
    /\ proc[s].state = "running"
    /\ proc[s].holding = NoRequest
    /\ fsPhase[d] = "sending"
    /\ fsEndpoint[d] = EndpointOf(s)
    /\ LET r == Head(fsQueue[d])
       IN /\ proc' = [proc EXCEPT ![s].holding = r]
          /\ charTaken' = IF r \in CharRequests
                          THEN [charTaken EXCEPT ![r] = Min(2, @ + 1)]
                          ELSE charTaken
    /\ fsPhase' = [fsPhase EXCEPT ![d] = "awaitingReply"]
    /\ fsLastResult' = [fsLastResult EXCEPT ![d] = "OK"]
    /\ UNCHANGED <<rsVars, dsVars, fsEndpoint, fsQueue, clientVars, retired, faults>>

\* The driver in slot s answers the request it holds with its data
\* <<its label, payload>>; the FS, waiting for that reply, passes it to the
\* client and moves to the next request.
DriverReply(s) ==
    /\ proc[s].state = "running"
    /\ proc[s].holding # NoRequest
    /\ LET r == proc[s].holding
           d == ReqLabel(r)
       IN /\ fsPhase[d] = "awaitingReply"
          /\ fsEndpoint[d] = EndpointOf(s)
          /\ fsQueue[d] # <<>>
          /\ Head(fsQueue[d]) = r
          /\ proc' = [proc EXCEPT ![s].holding = NoRequest]
          /\ fsQueue' = [fsQueue EXCEPT ![d] = Tail(@)]
          /\ fsPhase' = [fsPhase EXCEPT ![d] = "idle"]
          /\ outcome' = [outcome EXCEPT ![r] = "OK"]
          /\ replyData' = [replyData EXCEPT ![r] = <<proc[s].label, ReqPayload(r)>>]
          /\ clientPc' = [clientPc EXCEPT ![r[1]] = @ + 1]
    /\ UNCHANGED <<rsVars, dsVars, fsEndpoint, fsLastResult, historyVars>>

\* A running driver answers RS's ping.
DriverPong(s) ==
    /\ proc[s].state = "running"
    /\ proc[s].label \in Drivers
    /\ rsEndpoint[proc[s].label] = EndpointOf(s)
    /\ heartbeat[proc[s].label] = "pinged"
    /\ heartbeat' = [heartbeat EXCEPT ![proc[s].label] = "idle"]
    /\ UNCHANGED <<kernelVars, rsState, rsEndpoint, crashCount, backoff, waited,
                   dsVars, fsVars, clientVars, historyVars>>

\* Fault: the driver in slot s exits or takes an exception. The kernel ends
\* every IPC blocked on it with EDEADSRCDST; PM will report the exit to RS.
DriverCrash(s) ==
    /\ faults < MaxFaults
    /\ proc[s].state = "running"
    /\ ProcessStops(s, "exited")
    /\ faults' = faults + 1
    /\ UNCHANGED <<rsVars, dsVars, fsEndpoint, replyData, charTaken>>

\* Fault: the driver in slot s hangs: it stays alive, keeps any request it
\* holds, and answers neither requests nor pings any more.
DriverHang(s) ==
    /\ faults < MaxFaults
    /\ proc[s].state = "running"
    /\ proc' = [proc EXCEPT ![s].state = "hung"]
    /\ faults' = faults + 1
    /\ UNCHANGED <<rsVars, dsVars, fsVars, clientVars, charTaken, retired>>

-----------------------------------------------------------------------------
(* Reincarnation server. *)

\* RS records a failure of label d and arms the back-off timer.
RsRecordsFailure(d) ==
    /\ rsState' = [rsState EXCEPT ![d] = "backoff"]
    /\ crashCount' = [crashCount EXCEPT ![d] = @ + 1]
    /\ backoff' = [backoff EXCEPT ![d] =
                     IF Bug = "NoBackoff" THEN 0 ELSE BackoffDelay(crashCount[d] + 1)]
    /\ waited' = [waited EXCEPT ![d] = 0]
    /\ heartbeat' = [heartbeat EXCEPT ![d] = "idle"]

\* RS's periodic clock notification. It pings every label that is up (a
\* ping still unanswered from the last period becomes "missed") and counts
\* down every back-off. Timing assumption: a running driver answers a ping
\* within the period, so the period does not end while one is outstanding.
RSPeriod ==
    /\ \A d \in Drivers :
          (rsState[d] = "up" /\ heartbeat[d] = "pinged")
             => ~(EndpointLive(rsEndpoint[d]) /\ proc[RsSlot(d)].state = "running")
    /\ heartbeat' = [d \in Drivers |->
                       IF rsState[d] = "up"
                       THEN IF heartbeat[d] = "idle" THEN "pinged" ELSE "missed"
                       ELSE heartbeat[d]]
    /\ backoff' = [d \in Drivers |->
                     IF rsState[d] = "backoff" /\ backoff[d] > 0
                     THEN backoff[d] - 1 ELSE backoff[d]]
    /\ waited' = [d \in Drivers |->
                    IF rsState[d] = "backoff" /\ backoff[d] > 0
                    THEN waited[d] + 1 ELSE waited[d]]
    /\ UNCHANGED <<kernelVars, rsState, rsEndpoint, crashCount, dsVars, fsVars,
                   clientVars, historyVars>>

\* RS kills (through PM) the instance of label d that missed a heartbeat.
RSKillHung(d) ==
    /\ Bug # "NoKillHung"
    /\ rsState[d] = "up"
    /\ heartbeat[d] = "missed"
    /\ EndpointLive(rsEndpoint[d])
    /\ IF Bug = "NoKillBeforeRestart"
       THEN /\ RsRecordsFailure(d)
            /\ UNCHANGED <<kernelVars, rsEndpoint, fsVars, clientVars, retired>>
       ELSE /\ ProcessStops(RsSlot(d), "exited")
            /\ UNCHANGED <<rsVars, fsEndpoint>>
    /\ UNCHANGED <<dsVars, replyData, charTaken, faults>>

\* The exit of label d's instance reaches RS (the kernel's notice to RS, or
\* PM's report: whichever comes first; the other is stale by then); RS reaps
\* it (the slot becomes free, keeping its generation) and starts the back-off.
RSReap(d) ==
    /\ rsState[d] = "up"
    /\ proc[RsSlot(d)].state = "exited"
    /\ proc[RsSlot(d)].gen = rsEndpoint[d][2]
    /\ proc' = [proc EXCEPT ![RsSlot(d)] =
                  [state |-> "free", label |-> NoLabel, gen |-> @.gen,
                   holding |-> NoRequest]]
    /\ RsRecordsFailure(d)
    /\ UNCHANGED <<rsEndpoint, dsVars, fsVars, clientVars, historyVars>>

\* When the back-off of label d has run out, RS starts a fresh copy in the
\* slot of its last instance with the slot's next generation (SYS_SPAWN: the
\* kernel refuses while the slot's process is alive), and publishes the new
\* endpoint in DS, which marks the entry changed for its subscriber (the FS).
RSRestart(d) ==
    /\ rsState[d] = "backoff"
    /\ backoff[d] = 0
    /\ proc[RsSlot(d)].state = "free"
    /\ LET s == RsSlot(d)
           generation == IF Bug = "NoNewGeneration" THEN proc[s].gen ELSE proc[s].gen + 1
           e == Endpoint(s, generation)
       IN /\ proc' = [proc EXCEPT ![s] = [state |-> "running", label |-> d,
                                          gen |-> generation, holding |-> NoRequest]]
          /\ rsEndpoint' = [rsEndpoint EXCEPT ![d] = e]
          /\ IF Bug = "NoPublish"
             THEN UNCHANGED dsVars
             ELSE /\ dsTable' = [dsTable EXCEPT ![d] = e]
                  /\ dsChanged' = [dsChanged EXCEPT ![d] = TRUE]
    /\ rsState' = [rsState EXCEPT ![d] = "up"]
    /\ UNCHANGED <<crashCount, backoff, waited, heartbeat, fsVars, clientVars, historyVars>>

-----------------------------------------------------------------------------
Next ==
    \/ \E c \in Clients : ClientCall(c)
    \/ \E d \in Drivers : FSSend(d) \/ FSCheckDS(d)
    \/ \E s \in Slots, d \in Drivers : DriverReceive(s, d)
    \/ \E s \in Slots : DriverReply(s) \/ DriverPong(s) \/ DriverCrash(s) \/ DriverHang(s)
    \/ RSPeriod
    \/ \E d \in Drivers : RSKillHung(d) \/ RSReap(d) \/ RSRestart(d)

\* The steps by which servers and running drivers make progress on requests
\* and repairs. Each of them can happen only finitely often (requests,
\* faults, and hence restarts and re-issues, are finite), so one weak
\* fairness condition on their disjunction makes each of them happen when
\* it stays enabled.
ServersWork ==
    \/ \E d \in Drivers : FSSend(d) \/ FSCheckDS(d)
    \/ \E s \in Slots, d \in Drivers : DriverReceive(s, d)
    \/ \E s \in Slots : DriverReply(s)
    \/ \E d \in Drivers : RSKillHung(d) \/ RSReap(d) \/ RSRestart(d)

\* Servers and running drivers keep working, RS's clock keeps ticking and
\* running drivers answer pings; clients and faults are not required to
\* happen.
Fairness ==
    /\ WF_vars(ServersWork)
    /\ WF_vars(\E s \in Slots : DriverPong(s))
    /\ WF_vars(RSPeriod)

Spec == Init /\ [][Next]_vars /\ Fairness

-----------------------------------------------------------------------------
(* Invariants. *)

\* An endpoint whose instance has stopped never names a live process again:
\* a message meant for a dead instance cannot reach its successor.
NoStaleEndpointLive == \A e \in retired : ~EndpointLive(e)

\* At most one live instance (running or hung) of each driver label.
OneLiveInstancePerLabel ==
    \A d \in Drivers : Cardinality({s \in Slots : proc[s].label = d /\ Live(s)}) <= 1

\* The FS never hands a client data other than what it asked for: the data
\* of the device behind the request's label, for the request's payload.
NoWrongData ==
    \A r \in RequestIds :
        outcome[r] = "OK" => replyData[r] = <<ReqLabel(r), ReqPayload(r)>>

\* A request is pending exactly while the FS holds it; any request a
\* driver holds is pending. So every issued request is pending, completed,
\* or failed: none is lost.
NoLostRequest ==
    /\ \A r \in RequestIds :
          (outcome[r] = "pending") <=> (r \in Range(fsQueue[ReqLabel(r)]))
    /\ \A s \in Slots : proc[s].holding # NoRequest => outcome[proc[s].holding] = "pending"

\* Only character requests ever fail with EIO: block requests are re-issued.
OnlyCharRequestsFailEIO ==
    \A r \in RequestIds : outcome[r] = "EIO" => r \in CharRequests

\* A character request reaches a driver at most once: it is never re-issued.
CharRequestsAtMostOnce ==
    \A r \in CharRequests : charTaken[r] <= 1

\* A restarted driver waited out its back-off: after the n-th failure of a
\* label, RS restarted it no sooner than BackoffDelay(n) periods later.
RestartAfterBackoff ==
    \A d \in Drivers :
        (rsState[d] = "up" /\ crashCount[d] > 0) => waited[d] >= BackoffDelay(crashCount[d])

-----------------------------------------------------------------------------
(* Properties (with at most MaxFaults faults). *)

\* Every block request that is issued completes successfully.
BlockRequestsComplete ==
    \A r \in BlockRequests : (outcome[r] = "pending") ~> (outcome[r] = "OK")

\* Every driver that crashed or hung is eventually running again.
DriversEventuallyRunning ==
    \A d \in Drivers : ~LabelRunning(d) ~> LabelRunning(d)

=============================================================================
