-------------------------------- MODULE Ipc --------------------------------
(***************************************************************************)
(* Message passing in the minix3j kernel: SEND, RECEIVE (from one endpoint *)
(* or from ANY), SENDREC and NOTIFY, as MINIX 3's mini_send, mini_receive  *)
(* and mini_notify do it.                                                  *)
(*                                                                         *)
(* Modelled, per process-table slot, the way the kernel holds it:          *)
(*   - the endpoint: slot + generation, encoded as an integer              *)
(*     (generation * EndpointStride + slot); a restart bumps the           *)
(*     generation, so an old endpoint names no process any more;           *)
(*   - the process state: running, blocked sending, blocked receiving, or  *)
(*     dead (empty slot), the call it is blocked in, and the peer it is    *)
(*     blocked on (an endpoint, or ANY for a receive from anyone);         *)
(*   - the message a blocked sender still holds (its own buffer: the       *)
(*     kernel never copies a message anywhere but into the receiver);      *)
(*   - the FIFO of senders blocked on each receiver;                       *)
(*   - the pending notifications of each destination: one bit per source  *)
(*     slot, taken before queued senders, lowest source first;             *)
(*   - the result code of each process's last completed call (OK,          *)
(*     ELOCKED, EDEADSRCDST; NONE while blocked or before any call).       *)
(* Message ids are unique (1..MaxMessages) so that loss and duplication    *)
(* are visible. History variables, which the kernel does not hold but a    *)
(* checker can track from the ids in the messages: the endpoint each id    *)
(* was addressed to and the endpoint that received it, how often each id   *)
(* reached a receiver, and the ids handed back to their sender with an     *)
(* error.                                                                  *)
(*                                                                         *)
(* Processes: clients make any call with any endpoint they may hold;       *)
(* servers run MINIX's server loop (RECEIVE(ANY), replies to clients that  *)
(* wait for them, NOTIFY). Processes in Mortal may exit at any time, even  *)
(* while blocked; a dead slot may restart with the next generation. The   *)
(* environment may narrow whom each process deals with (ClientPeers,       *)
(* ServerPeers) to keep small models small; the kernel's actions and the   *)
(* invariants do not depend on it.                                         *)
(*                                                                         *)
(* Deadlock refusal follows MINIX's deadlock(): before a call blocks, the  *)
(* kernel follows the chain of processes each blocked on the next (a       *)
(* receive from ANY ends the chain); if the chain comes back to the caller *)
(* the call fails with ELOCKED. An ordinary request/reply pair never forms *)
(* such a chain: the request is copied at once when the server is waiting *)
(* for it, and the client then waits for a server that is running.         *)
(*                                                                         *)
(* Abstracted away: message contents other than the id and the source and *)
(* destination endpoints, non-blocking variants (SENDNB, SENDA), grants,   *)
(* scheduling (any running process may make the next call), privileges    *)
(* (see Privileges.tla: a call reaches these actions only once allowed),   *)
(* the contents of a delivered notification (its source slot is enough).  *)
(* Bounds: MaxMessages sends, MaxNotifications notifies and MaxGeneration  *)
(* restarts per slot keep the state space finite. Without the notify bound *)
(* a storm of notifications could starve queued senders forever, because   *)
(* notifications are taken first: that is MINIX's behaviour too.           *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS
    Slots,             \* process-table slots: a finite set of positive naturals
    Servers,           \* slots running a server loop: RECEIVE(ANY), reply, notify
    Mortal,            \* slots whose process may exit (crash, be killed) and restart
    MaxGeneration,     \* highest generation a slot reaches through restarts
    MaxMessages,       \* messages are numbered 1..MaxMessages
    MaxNotifications,  \* NOTIFY calls allowed in one behaviour
    ClientPeers,       \* client slot -> slots it names in its calls (current or old endpoints)
    ServerPeers,       \* server slot -> slots it may NOTIFY (it replies to any waiting client)
    Bug                \* "none", or the name of a known kernel bug to switch on

Bugs == {"none", "NoDeadlockRefusal", "BlockingNotify", "NoGenerationCheck",
         "DoubleDelivery", "KernelBuffering", "ForgetBlockedPeers",
         "IgnorePendingNotifications"}

ASSUME SlotsArePositive == Slots # {} /\ Slots \subseteq Nat \ {0} /\ IsFiniteSet(Slots)
ASSUME ServersAreSlots == Servers \subseteq Slots
ASSUME MortalAreSlots == Mortal \subseteq Slots
ASSUME GenerationBounded == MaxGeneration \in Nat
ASSUME MessagesBounded == MaxMessages \in Nat \ {0}
ASSUME NotificationsBounded == MaxNotifications \in Nat
ASSUME ClientPeersAreSlots == ClientPeers \in [Slots \ Servers -> SUBSET Slots]
ASSUME ServerPeersAreSlots == ServerPeers \in [Servers -> SUBSET Slots]
ASSUME BugIsKnown == Bug \in Bugs

VARIABLES
    generation,   \* slot -> generation of the process now in it (or last in it)
    pstate,       \* slot -> "running" | "sending" | "receiving" | "dead"
    call,         \* slot -> call it is blocked in: "send" | "sendrec" | "receive" | "notify", else "none"
    peer,         \* slot -> endpoint it is blocked on, ANY (receive from anyone) or NONE
    outbox,       \* slot -> message a blocked sender holds, or NoMessage
    queue,        \* slot -> sequence of slots blocked sending to it, oldest first
    pending,      \* slot -> set of source slots with a pending notification for it
    result,       \* slot -> result of its last completed call
    nextId,       \* id of the next message sent
    addressedTo,  \* message id -> endpoint its sender addressed it to, or NONE before it is sent
    receivedBy,   \* message id -> endpoint of the process that last received it, or NONE
    deliveries,   \* message id -> number of times it reached a receiver
    aborted,      \* ids of messages handed back to their sender with an error
    notifyCount   \* NOTIFY calls made so far

vars == <<generation, pstate, call, peer, outbox, queue, pending, result,
          nextId, addressedTo, receivedBy, deliveries, aborted, notifyCount>>

-----------------------------------------------------------------------------
(* Endpoints and messages *)

ANY == -1
NONE == -2
MaxOf(S) == CHOOSE x \in S : \A y \in S : y <= x
EndpointStride == MaxOf(Slots) + 1

EndpointOf(s, g) == g * EndpointStride + s
SlotOf(e) == e % EndpointStride
GenerationOf(e) == e \div EndpointStride
Endpoint(s) == EndpointOf(s, generation[s])

AllEndpoints == {EndpointOf(s, g) : s \in Slots, g \in 0..MaxGeneration}
\* Endpoints a process can hold: the current one of each slot and older ones.
KnownEndpoints == UNION {{EndpointOf(s, g) : g \in 0..generation[s]} : s \in Slots}

MessageIds == 1..MaxMessages
\* A message as its sender's buffer holds it; NoMessage is an empty buffer.
Messages == [id : MessageIds, src : AllEndpoints, dst : AllEndpoints]
NoMessage == [id |-> 0, src |-> NONE, dst |-> NONE]

Results == {"NONE", "OK", "ELOCKED", "EDEADSRCDST"}
States == {"running", "sending", "receiving", "dead"}
Calls == {"none", "send", "sendrec", "receive", "notify"}

Alive(s) == pstate[s] # "dead"
\* The endpoint names a live process: its slot is occupied by that generation.
Current(e) == Alive(SlotOf(e)) /\ GenerationOf(e) = generation[SlotOf(e)]
\* The check a send makes; the NoGenerationCheck bug looks at the slot only.
SendTargetOk(e) == IF Bug = "NoGenerationCheck" THEN Alive(SlotOf(e)) ELSE Current(e)

Blocked(s) == pstate[s] \in {"sending", "receiving"}

-----------------------------------------------------------------------------
(* The blocked-on chain (MINIX's P_BLOCKEDON) and deadlock refusal *)

WaitsOn(s) == IF Blocked(s) /\ peer[s] \notin {ANY, NONE} THEN {SlotOf(peer[s])} ELSE {}

RECURSIVE ReachFrom(_, _)
ReachFrom(frontier, seen) ==
    LET next == UNION {WaitsOn(u) : u \in frontier} \ seen
    IN IF next = {} THEN seen ELSE ReachFrom(next, seen \cup next)

\* Slots reached from s by following one or more blocked-on links.
Downstream(s) == ReachFrom({s}, {})

\* The running caller p blocking on slot t would close a cycle.
ClosesCycle(p, t) == t = p \/ p \in Downstream(t)

-----------------------------------------------------------------------------
(* Helpers shared by the actions *)

\* Receiver r is blocked in a receive that accepts a message from sender p.
WillReceive(r, p) == pstate[r] = "receiving" /\ peer[r] \in {ANY, Endpoint(p)}

\* Receiver r accepts a notification from p: a plain RECEIVE (the receive half
\* of a SENDREC waits for the reply only).
AcceptsNotification(r, p) ==
    pstate[r] = "receiving" /\ call[r] = "receive" /\ peer[r] \in {ANY, Endpoint(p)}

\* The call of p fails at once with code; nothing else changes.
Fail(p, code) ==
    /\ result' = [result EXCEPT ![p] = code]
    /\ UNCHANGED <<generation, pstate, call, peer, outbox, queue, pending, nextId,
                   addressedTo, receivedBy, deliveries, aborted, notifyCount>>

Minimum(S) == CHOOSE x \in S : \A y \in S : x <= y

RemoveAt(seq, i) == SubSeq(seq, 1, i - 1) \o SubSeq(seq, i + 1, Len(seq))

\* A process may start a call: it runs and holds no message (a message it
\* holds is still on its way).
CanCall(p) == pstate[p] = "running" /\ outbox[p] = NoMessage

-----------------------------------------------------------------------------
(* Initial state: every slot holds a running process of generation 0. *)

Init ==
    /\ generation = [s \in Slots |-> 0]
    /\ pstate = [s \in Slots |-> "running"]
    /\ call = [s \in Slots |-> "none"]
    /\ peer = [s \in Slots |-> NONE]
    /\ outbox = [s \in Slots |-> NoMessage]
    /\ queue = [s \in Slots |-> <<>>]
    /\ pending = [s \in Slots |-> {}]
    /\ result = [s \in Slots |-> "NONE"]
    /\ nextId = 1
    /\ addressedTo = [i \in MessageIds |-> NONE]
    /\ receivedBy = [i \in MessageIds |-> NONE]
    /\ deliveries = [i \in MessageIds |-> 0]
    /\ aborted = {}
    /\ notifyCount = 0

-----------------------------------------------------------------------------
(* SEND and SENDREC (kind "send" or "sendrec") from p to endpoint e.        *)
(* spec: Ipc!ProcSend                                                       *)

ProcSend(p, e, kind) ==
    /\ CanCall(p)
    /\ nextId <= MaxMessages
    /\ e \in KnownEndpoints
    /\ LET r == SlotOf(e)
           m == [id |-> nextId, src |-> Endpoint(p), dst |-> e]
           replyWait == kind = "sendrec"
       IN
       IF ~SendTargetOk(e) THEN Fail(p, "EDEADSRCDST")
       ELSE IF WillReceive(r, p) THEN
            \* Rendezvous: copy into the waiting receiver at once.
            /\ addressedTo' = [addressedTo EXCEPT ![m.id] = e]
            /\ receivedBy' = [receivedBy EXCEPT ![m.id] = Endpoint(r)]
            /\ deliveries' = [deliveries EXCEPT ![m.id] = @ + 1]
            /\ pstate' = [pstate EXCEPT ![r] = "running",
                                        ![p] = IF replyWait THEN "receiving" ELSE "running"]
            /\ call' = [call EXCEPT ![r] = "none", ![p] = IF replyWait THEN "sendrec" ELSE "none"]
            /\ peer' = [peer EXCEPT ![r] = NONE, ![p] = IF replyWait THEN e ELSE NONE]
            /\ result' = [result EXCEPT ![r] = "OK", ![p] = IF replyWait THEN "NONE" ELSE "OK"]
            /\ nextId' = nextId + 1
            /\ UNCHANGED <<generation, outbox, queue, pending, aborted, notifyCount>>
       ELSE IF Bug # "NoDeadlockRefusal" /\ ClosesCycle(p, r) THEN Fail(p, "ELOCKED")
       ELSE IF Bug = "KernelBuffering" /\ kind = "send" THEN
            \* Bug: the kernel keeps the message queued and lets the sender go on.
            /\ outbox' = [outbox EXCEPT ![p] = m]
            /\ queue' = [queue EXCEPT ![r] = Append(@, p)]
            /\ result' = [result EXCEPT ![p] = "OK"]
            /\ nextId' = nextId + 1
            /\ addressedTo' = [addressedTo EXCEPT ![m.id] = e]
            /\ UNCHANGED <<generation, pstate, call, peer, pending, receivedBy, deliveries,
                           aborted, notifyCount>>
       ELSE
            \* Block: the sender keeps its message and joins r's queue.
            /\ pstate' = [pstate EXCEPT ![p] = "sending"]
            /\ call' = [call EXCEPT ![p] = kind]
            /\ peer' = [peer EXCEPT ![p] = e]
            /\ outbox' = [outbox EXCEPT ![p] = m]
            /\ queue' = [queue EXCEPT ![r] = Append(@, p)]
            /\ result' = [result EXCEPT ![p] = "NONE"]
            /\ nextId' = nextId + 1
            /\ addressedTo' = [addressedTo EXCEPT ![m.id] = e]
            /\ UNCHANGED <<generation, pending, receivedBy, deliveries, aborted, notifyCount>>

-----------------------------------------------------------------------------
(* RECEIVE by p from endpoint src or from ANY.                              *)
(* spec: Ipc!ProcReceive                                                    *)

\* Pending notifications p may take in this receive (the
\* IgnorePendingNotifications bug never looks at them).
NotificationsFor(p, src) ==
    IF Bug = "IgnorePendingNotifications" THEN {}
    ELSE IF src = ANY THEN pending[p] ELSE pending[p] \cap {SlotOf(src)}

\* Positions in p's queue of senders this receive accepts.
AcceptedPositions(p, src) ==
    {i \in 1..Len(queue[p]) : src = ANY \/ Endpoint(queue[p][i]) = src}

\* p takes the pending notification of source c.
TakeNotification(p, c) ==
    /\ pending' = [pending EXCEPT ![p] = @ \ {c}]
    /\ result' = [result EXCEPT ![p] = "OK"]
    /\ UNCHANGED <<generation, pstate, call, peer, outbox, queue, nextId,
                   addressedTo, receivedBy, deliveries, aborted, notifyCount>>

\* p takes the message of the sender at position i of its queue; a SENDREC
\* sender goes on to wait for p's reply.
TakeQueued(p, i) ==
    LET s == queue[p][i]
        m == outbox[s]
        replyWait == call[s] = "sendrec"
    IN
    /\ receivedBy' = [receivedBy EXCEPT ![m.id] = Endpoint(p)]
    /\ deliveries' = [deliveries EXCEPT ![m.id] = @ + 1]
    /\ result' = [result EXCEPT ![p] = "OK",
                                ![s] = IF Bug = "DoubleDelivery" THEN result[s]
                                       ELSE IF replyWait THEN "NONE" ELSE "OK"]
    /\ IF Bug = "DoubleDelivery"
          \* Bug: the message is copied but the sender stays queued with it.
          THEN UNCHANGED <<pstate, call, peer, outbox, queue>>
          ELSE /\ queue' = [queue EXCEPT ![p] = RemoveAt(@, i)]
               /\ outbox' = [outbox EXCEPT ![s] = NoMessage]
               /\ pstate' = [pstate EXCEPT ![s] = IF replyWait THEN "receiving" ELSE "running"]
               /\ call' = [call EXCEPT ![s] = IF replyWait THEN "sendrec" ELSE "none"]
               /\ peer' = [peer EXCEPT ![s] = IF replyWait THEN Endpoint(p) ELSE NONE]
    /\ UNCHANGED <<generation, pending, nextId, addressedTo, aborted, notifyCount>>

ProcReceive(p, src) ==
    /\ CanCall(p)
    /\ src \in KnownEndpoints \cup {ANY}
    /\ IF src # ANY /\ ~Current(src) THEN Fail(p, "EDEADSRCDST")
       ELSE IF NotificationsFor(p, src) # {} THEN
            TakeNotification(p, Minimum(NotificationsFor(p, src)))
       ELSE IF AcceptedPositions(p, src) # {} THEN
            TakeQueued(p, Minimum(AcceptedPositions(p, src)))
       ELSE IF src # ANY /\ ClosesCycle(p, SlotOf(src)) THEN Fail(p, "ELOCKED")
       ELSE
            /\ pstate' = [pstate EXCEPT ![p] = "receiving"]
            /\ call' = [call EXCEPT ![p] = "receive"]
            /\ peer' = [peer EXCEPT ![p] = src]
            /\ result' = [result EXCEPT ![p] = "NONE"]
            /\ UNCHANGED <<generation, outbox, queue, pending, nextId,
                           addressedTo, receivedBy, deliveries, aborted, notifyCount>>

-----------------------------------------------------------------------------
(* NOTIFY from p to endpoint e: never blocks.                               *)
(* spec: Ipc!ProcNotify                                                     *)

ProcNotify(p, e) ==
    /\ CanCall(p)
    /\ notifyCount < MaxNotifications
    /\ e \in KnownEndpoints
    /\ LET r == SlotOf(e) IN
       IF ~Current(e) THEN Fail(p, "EDEADSRCDST")
       ELSE IF AcceptsNotification(r, p) THEN
            \* The destination waits: deliver the notification at once.
            /\ pstate' = [pstate EXCEPT ![r] = "running"]
            /\ call' = [call EXCEPT ![r] = "none"]
            /\ peer' = [peer EXCEPT ![r] = NONE]
            /\ result' = [result EXCEPT ![r] = "OK", ![p] = "OK"]
            /\ notifyCount' = notifyCount + 1
            /\ UNCHANGED <<generation, outbox, queue, pending, nextId, addressedTo,
                           receivedBy, deliveries, aborted>>
       ELSE IF Bug = "BlockingNotify" THEN
            \* Bug: the notifier blocks until the destination receives.
            /\ pstate' = [pstate EXCEPT ![p] = "sending"]
            /\ call' = [call EXCEPT ![p] = "notify"]
            /\ peer' = [peer EXCEPT ![p] = e]
            /\ result' = [result EXCEPT ![p] = "NONE"]
            /\ notifyCount' = notifyCount + 1
            /\ UNCHANGED <<generation, outbox, queue, pending, nextId, addressedTo,
                           receivedBy, deliveries, aborted>>
       ELSE
            \* Set the source's bit in the destination's pending set.
            /\ pending' = [pending EXCEPT ![r] = @ \cup {p}]
            /\ result' = [result EXCEPT ![p] = "OK"]
            /\ notifyCount' = notifyCount + 1
            /\ UNCHANGED <<generation, pstate, call, peer, outbox, queue, nextId,
                           addressedTo, receivedBy, deliveries, aborted>>

-----------------------------------------------------------------------------
(* Exit of the process in slot p (it dies, is killed or crashes), with the *)
(* kernel's cleanup: peers blocked sending to it or receiving from it fail *)
(* with EDEADSRCDST, it leaves the queue it was blocked in, its message is  *)
(* handed back, and notifications to and from it are dropped.              *)
(* spec: Ipc!ProcExit                                                      *)

ProcExit(p) ==
    /\ p \in Mortal
    /\ Alive(p)
    /\ LET ep == Endpoint(p)
           waiters == {s \in Slots \ {p} : Blocked(s) /\ peer[s] = ep}
           released == IF Bug = "ForgetBlockedPeers" THEN {} ELSE waiters
           holders == {s \in released \cup {p} : outbox[s] # NoMessage}
           reset(s) == s = p \/ s \in released
       IN
       /\ pstate' = [s \in Slots |-> IF s = p THEN "dead"
                                     ELSE IF s \in released THEN "running" ELSE pstate[s]]
       /\ call' = [s \in Slots |-> IF reset(s) THEN "none" ELSE call[s]]
       /\ peer' = [s \in Slots |-> IF reset(s) THEN NONE ELSE peer[s]]
       /\ outbox' = [s \in Slots |-> IF reset(s) THEN NoMessage ELSE outbox[s]]
       /\ result' = [s \in Slots |-> IF s = p THEN "NONE"
                                     ELSE IF s \in released THEN "EDEADSRCDST" ELSE result[s]]
       /\ queue' = [s \in Slots |->
                      IF s = p THEN (IF Bug = "ForgetBlockedPeers" THEN queue[p] ELSE <<>>)
                      ELSE SelectSeq(queue[s], LAMBDA x : x # p)]
       /\ pending' = [s \in Slots |-> IF s = p THEN {} ELSE pending[s] \ {p}]
       /\ aborted' = aborted \cup {outbox[s].id : s \in holders}
       /\ UNCHANGED <<generation, nextId, addressedTo, receivedBy, deliveries, notifyCount>>

(* A fresh process starts in the empty slot s with the next generation, so *)
(* its endpoint differs from every endpoint the slot had before.           *)
(* spec: Ipc!SlotRestart                                                   *)

SlotRestart(s) ==
    /\ pstate[s] = "dead"
    /\ generation[s] < MaxGeneration
    /\ generation' = [generation EXCEPT ![s] = @ + 1]
    /\ pstate' = [pstate EXCEPT ![s] = "running"]
    /\ queue' = [queue EXCEPT ![s] = <<>>]
    /\ result' = [result EXCEPT ![s] = "NONE"]
    /\ UNCHANGED <<call, peer, outbox, pending, nextId, addressedTo, receivedBy,
                   deliveries, aborted, notifyCount>>

-----------------------------------------------------------------------------

(* A server replies to a client that waits for its reply: the reply never *)
(* blocks. (A server's other calls are RECEIVE(ANY) and NOTIFY.)            *)
(* spec: Ipc!ServerReply                                                   *)
ServerReply(r, e) ==
    /\ Current(e)
    /\ WillReceive(SlotOf(e), r)
    /\ ProcSend(r, e, "send")

Clients == Slots \ Servers

\* Endpoints client p may name: those it may hold, of the slots it deals with.
PeerEndpoints(p) == {e \in KnownEndpoints : SlotOf(e) \in ClientPeers[p]}

\* Endpoints server r may notify: those it may hold, of the slots it notifies.
NotifyEndpoints(r) == {e \in KnownEndpoints : SlotOf(e) \in ServerPeers[r]}

\* Clients make any call with the peers they deal with; servers run MINIX's
\* server loop.
Next ==
    \/ \E p \in Clients : \E e \in PeerEndpoints(p) :
          \/ ProcSend(p, e, "send")
          \/ ProcSend(p, e, "sendrec")
          \/ ProcNotify(p, e)
    \/ \E p \in Clients : \E src \in PeerEndpoints(p) \cup {ANY} : ProcReceive(p, src)
    \/ \E r \in Servers : ProcReceive(r, ANY)
    \/ \E r \in Servers, e \in KnownEndpoints : ServerReply(r, e)
    \/ \E r \in Servers : \E e \in NotifyEndpoints(r) : ProcNotify(r, e)
    \/ \E p \in Slots : ProcExit(p)
    \/ \E s \in Slots : SlotRestart(s)

\* Weak fairness: a server that stays running eventually calls RECEIVE(ANY).
Fairness == \A r \in Servers : WF_vars(ProcReceive(r, ANY))

Spec == Init /\ [][Next]_vars /\ Fairness

-----------------------------------------------------------------------------
(* Invariants *)

TypeOK ==
    /\ generation \in [Slots -> 0..MaxGeneration]
    /\ pstate \in [Slots -> States]
    /\ call \in [Slots -> Calls]
    /\ peer \in [Slots -> AllEndpoints \cup {ANY, NONE}]
    /\ outbox \in [Slots -> Messages \cup {NoMessage}]
    /\ queue \in [Slots -> Seq(Slots)]
    /\ pending \in [Slots -> SUBSET Slots]
    /\ result \in [Slots -> Results]
    /\ nextId \in 1..(MaxMessages + 1)
    /\ addressedTo \in [MessageIds -> AllEndpoints \cup {NONE}]
    /\ receivedBy \in [MessageIds -> AllEndpoints \cup {NONE}]
    /\ deliveries \in [MessageIds -> 0..MaxMessages]
    /\ aborted \subseteq MessageIds
    /\ notifyCount \in 0..MaxNotifications

\* A NOTIFY never leaves its caller blocked.
NotifyNeverBlocks ==
    \A s \in Slots :
        /\ pstate[s] = "sending" => call[s] \in {"send", "sendrec"}
        /\ pstate[s] = "receiving" => call[s] \in {"receive", "sendrec"}

\* A message not yet delivered is only with its sender, which is blocked
\* sending it and sits in its receiver's queue; queues hold only such senders.
NoKernelBuffering ==
    /\ \A s \in Slots : outbox[s] # NoMessage =>
          /\ pstate[s] = "sending"
          /\ call[s] \in {"send", "sendrec"}
          /\ peer[s] = outbox[s].dst
          /\ \E i \in 1..Len(queue[SlotOf(peer[s])]) : queue[SlotOf(peer[s])][i] = s
    /\ \A r \in Slots : \A i \in 1..Len(queue[r]) :
          LET s == queue[r][i] IN pstate[s] = "sending" /\ outbox[s] # NoMessage

HeldCount(i) == Cardinality({s \in Slots : outbox[s] # NoMessage /\ outbox[s].id = i})

\* Every message sent is in exactly one place: held by its blocked sender,
\* delivered once, or handed back with an error; unsent ids are nowhere.
NoLostOrDuplicatedMessage ==
    \A i \in MessageIds :
        IF i < nextId
        THEN deliveries[i] + HeldCount(i) + (IF i \in aborted THEN 1 ELSE 0) = 1
        ELSE deliveries[i] = 0 /\ HeldCount(i) = 0 /\ i \notin aborted

\* A message addressed to an endpoint reaches no other process: it is received
\* only by that endpoint, and waits only in the queue of the process that
\* now holds it (never in the queue of a newer process in the same slot).
NoStaleDelivery ==
    /\ \A i \in MessageIds : receivedBy[i] # NONE => receivedBy[i] = addressedTo[i]
    /\ \A r \in Slots : Alive(r) =>
          \A i \in 1..Len(queue[r]) : outbox[queue[r][i]].dst = Endpoint(r)

\* Nobody stays blocked on a dead or replaced process.
BlockedPeerAlive ==
    \A s \in Slots : Blocked(s) /\ peer[s] # ANY => Current(peer[s])

\* The blocked-on relation has no cycle.
NoBlockedCycle == \A s \in Slots : s \notin Downstream(s)

-----------------------------------------------------------------------------
(* Liveness, under weak fairness of the servers' RECEIVE(ANY): a server    *)
(* keeps receiving from ANY whenever it runs.                              *)

\* A sender blocked on a server is eventually delivered (or released by the
\* server's exit): the server's queue of blocked senders always drains. (With
\* bounded sends, the queue draining is the same as each sender in it leaving
\* it; one formula per server keeps TLC's liveness check small.)
SenderEventuallyDelivered ==
    \A r \in Servers : (queue[r] # <<>>) ~> (queue[r] = <<>>)

\* A pending notification for a server is eventually received (or dropped by
\* an exit): the server's pending set always empties.
NotificationEventuallyReceived ==
    \A r \in Servers : (pending[r] # {}) ~> (pending[r] = {})

=============================================================================
