----------------------------- MODULE Privileges -----------------------------
(***************************************************************************)
(* Per-process privileges in the minix3j kernel, as MINIX 3 keeps them in *)
(* its priv structures: the IPC primitives a process may use (trap mask),  *)
(* the processes it may send to (send mask), the kernel calls it may make  *)
(* (call mask), the I/O ports it may touch, the IRQ lines it may hook and  *)
(* the physical memory regions it may copy to and from (SYS_PHYSCOPY).     *)
(* Only RS sets privileges, with SYS_PRIVCTL, choosing one of the declared *)
(* policies (the system.conf entries); user processes share the fixed user *)
(* privilege: SENDREC to PM and VFS, nothing else.                          *)
(*                                                                         *)
(* Modelled: the privilege in force for each process, the IRQ hooks set    *)
(* with SYS_IRQCTL, and the last operation the kernel handled (who, what,  *)
(* on what, with which result). Every kernel check happens in the same     *)
(* step as the operation, so the privilege in force at that moment is the  *)
(* one in the state after the step (SYS_PRIVCTL never changes its caller's *)
(* own privilege), and each invariant looks at the last operation.         *)
(*                                                                         *)
(* Self-contained on purpose: the IPC part here is only the trap's checks  *)
(* (primitive allowed, destination allowed). Rendezvous, queues, deadlock  *)
(* refusal and endpoints are Ipc.tla's; composing the two specs multiplies *)
(* their state spaces for nothing, since the privilege check is made once, *)
(* before any IPC semantics, and a refused call changes no IPC state. The   *)
(* kernel therefore runs the checks of this spec first and, when they      *)
(* pass, the Ipc actions. Processes do not die here (Ipc.tla covers exit). *)
(*                                                                         *)
(* Results as the kernel returns them: OK; ETRAPDENIED (primitive not in   *)
(* the trap mask); ECALLDENIED (destination not in the send mask, or       *)
(* kernel call not in the call mask); EPERM (port, IRQ line or memory     *)
(* region not granted).                                                    *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Procs,           \* the processes (names)
    RS, PM, VFS,     \* the reincarnation server, process manager, file server
    Users,           \* user processes: they share the user privilege
    KernelCalls,     \* kernel call names; includes SYS_PRIVCTL, SYS_DEVIO, SYS_IRQCTL
    Ports,           \* I/O port numbers
    Irqs,            \* IRQ lines
    MemRegions,      \* physical memory regions (the ranges a policy may grant)
    BootPrivilege,   \* process -> privilege it has at boot (the boot image table)
    Policies,        \* service -> privileges RS may give it with SYS_PRIVCTL (its declared policies)
    Bug              \* "none", or the name of a known bug to switch on

Bugs == {"none", "SendMaskNotChecked", "CallMaskNotChecked", "PortNotChecked",
         "IrqNotChecked", "StaleIrqHook", "NonRsPrivCtl", "UserSendsAnywhere",
         "MemoryNotChecked"}

Primitives == {"SEND", "RECEIVE", "SENDREC", "NOTIFY"}
PRIVCTL == "SYS_PRIVCTL"
DEVIO == "SYS_DEVIO"
IRQCTL == "SYS_IRQCTL"
PHYSCOPY == "SYS_PHYSCOPY"
\* Kernel calls with no effect modelled beyond the call-mask check.
PlainCalls == KernelCalls \ {PRIVCTL, DEVIO, IRQCTL, PHYSCOPY}

Privilege == [ipc : SUBSET Primitives, dst : SUBSET Procs, calls : SUBSET KernelCalls,
              ports : SUBSET Ports, irqs : SUBSET Irqs, mem : SUBSET MemRegions]

\* The privilege every user process runs with.
UserPrivilege == [ipc |-> {"SENDREC"}, dst |-> {PM, VFS}, calls |-> {},
                  ports |-> {}, irqs |-> {}, mem |-> {}]

\* Processes RS may give a new privilege: system processes other than itself.
Services == Procs \ (Users \cup {RS})

ASSUME RolesAreProcs == {RS, PM, VFS} \subseteq Procs /\ Users \subseteq Procs
ASSUME UsersAreNotServers == Users \cap {RS, PM, VFS} = {}
ASSUME SpecialCallsKnown == {PRIVCTL, DEVIO, IRQCTL, PHYSCOPY} \subseteq KernelCalls
ASSUME RegionsAreNumbers == MemRegions \subseteq Nat \ {0}
ASSUME BootTableComplete == BootPrivilege \in [Procs -> Privilege]
ASSUME PoliciesArePrivileges == Policies \in [Services -> SUBSET Privilege]
ASSUME OnlyRsMayPrivctl == \A p \in Procs \ {RS} : PRIVCTL \notin BootPrivilege[p].calls
ASSUME NoPolicyGrantsPrivctl == \A t \in Services : \A pol \in Policies[t] : PRIVCTL \notin pol.calls
ASSUME BugIsKnown == Bug \in Bugs

VARIABLES
    priv,     \* process -> privilege in force
    hooks,    \* IRQ line -> processes that hooked it with SYS_IRQCTL
    lastOp    \* the last operation the kernel handled, with its result

vars == <<priv, hooks, lastOp>>

NoProc == "-"
NoName == "-"
Ops == {"none", "ipc", "kcall", "irq"}
Results == {"OK", "ETRAPDENIED", "ECALLDENIED", "EPERM"}
Operations == [op : Ops, actor : Procs \cup {NoProc}, prim : Primitives \cup {NoName},
               peer : Procs \cup {NoProc}, call : KernelCalls \cup {NoName},
               port : Ports \cup {0}, irq : Irqs \cup {0}, region : MemRegions \cup {0},
               result : Results]

NoOp == [op |-> "none", actor |-> NoProc, prim |-> NoName, peer |-> NoProc,
         call |-> NoName, port |-> 0, irq |-> 0, region |-> 0, result |-> "OK"]
IpcOp(p, prim, d, res) == [NoOp EXCEPT !.op = "ipc", !.actor = p, !.prim = prim,
                                       !.peer = d, !.result = res]
CallOp(p, k, res) == [NoOp EXCEPT !.op = "kcall", !.actor = p, !.call = k, !.result = res]

-----------------------------------------------------------------------------
(* The kernel's checks; each known bug skips or weakens one of them. *)

\* The user privilege in force; the UserSendsAnywhere bug widens its send mask.
UserPrivilegeInForce ==
    IF Bug = "UserSendsAnywhere" THEN [UserPrivilege EXCEPT !.dst = Procs] ELSE UserPrivilege

\* The boot table; the NonRsPrivCtl bug also grants SYS_PRIVCTL to PM.
BootTable ==
    [p \in Procs |->
        IF p \in Users THEN UserPrivilegeInForce
        ELSE IF Bug = "NonRsPrivCtl" /\ p = PM
             THEN [BootPrivilege[p] EXCEPT !.calls = @ \cup {PRIVCTL}]
             ELSE BootPrivilege[p]]

TrapAllowed(p, prim) == prim \in priv[p].ipc
SendAllowed(p, prim, d) ==
    prim = "RECEIVE" \/ d \in priv[p].dst \/ Bug = "SendMaskNotChecked"
CallAllowed(p, k) == k \in priv[p].calls \/ Bug = "CallMaskNotChecked"
PortAllowed(p, port) == port \in priv[p].ports \/ Bug = "PortNotChecked"
IrqAllowed(p, line) == line \in priv[p].irqs \/ Bug = "IrqNotChecked"
MemAllowed(p, r) == r \in priv[p].mem \/ Bug = "MemoryNotChecked"

-----------------------------------------------------------------------------

Init ==
    /\ priv = BootTable
    /\ hooks = [line \in Irqs |-> {}]
    /\ lastOp = NoOp

(* Process p traps into the kernel for IPC primitive prim with peer d (the *)
(* destination; for RECEIVE the source). The IPC itself is Ipc.tla's.      *)
(* spec: Privileges!ProcIpc                                                *)
ProcIpc(p, prim, d) ==
    /\ lastOp' = IpcOp(p, prim, d,
                       IF ~TrapAllowed(p, prim) THEN "ETRAPDENIED"
                       ELSE IF ~SendAllowed(p, prim, d) THEN "ECALLDENIED"
                       ELSE "OK")
    /\ UNCHANGED <<priv, hooks>>

(* Process p makes a kernel call with no further check modelled.           *)
(* spec: Privileges!ProcKernelCall                                         *)
ProcKernelCall(p, k) ==
    /\ lastOp' = CallOp(p, k, IF CallAllowed(p, k) THEN "OK" ELSE "ECALLDENIED")
    /\ UNCHANGED <<priv, hooks>>

(* SYS_DEVIO: process p reads or writes I/O port port.                     *)
(* spec: Privileges!ProcDevIo                                              *)
ProcDevIo(p, port) ==
    /\ lastOp' = [CallOp(p, DEVIO, IF ~CallAllowed(p, DEVIO) THEN "ECALLDENIED"
                                   ELSE IF ~PortAllowed(p, port) THEN "EPERM"
                                   ELSE "OK")
                  EXCEPT !.port = port]
    /\ UNCHANGED <<priv, hooks>>

(* SYS_PHYSCOPY: process p copies to or from physical memory region r.    *)
(* spec: Privileges!ProcPhysCopy                                           *)
ProcPhysCopy(p, r) ==
    /\ lastOp' = [CallOp(p, PHYSCOPY, IF ~CallAllowed(p, PHYSCOPY) THEN "ECALLDENIED"
                                     ELSE IF ~MemAllowed(p, r) THEN "EPERM"
                                     ELSE "OK")
                  EXCEPT !.region = r]
    /\ UNCHANGED <<priv, hooks>>

(* SYS_IRQCTL: process p hooks IRQ line line, to be notified when it fires.*)
(* spec: Privileges!ProcIrqCtl                                             *)
ProcIrqCtl(p, line) ==
    LET res == IF ~CallAllowed(p, IRQCTL) THEN "ECALLDENIED"
               ELSE IF ~IrqAllowed(p, line) THEN "EPERM"
               ELSE "OK"
    IN
    /\ lastOp' = [CallOp(p, IRQCTL, res) EXCEPT !.irq = line]
    /\ hooks' = IF res = "OK" THEN [hooks EXCEPT ![line] = @ \cup {p}] ELSE hooks
    /\ UNCHANGED priv

(* SYS_IRQCTL, unhook: process p gives up its hook on IRQ line line. Only  *)
(* the call mask is checked: dropping a hook never exceeds a privilege.    *)
(* spec: Privileges!ProcIrqUnhook                                          *)
ProcIrqUnhook(p, line) ==
    LET res == IF CallAllowed(p, IRQCTL) THEN "OK" ELSE "ECALLDENIED"
    IN
    /\ lastOp' = [CallOp(p, IRQCTL, res) EXCEPT !.irq = line]
    /\ hooks' = IF res = "OK" THEN [hooks EXCEPT ![line] = @ \ {p}] ELSE hooks
    /\ UNCHANGED priv

(* SYS_PRIVCTL: process p (RS, if the call mask is right) gives service t  *)
(* one of its declared policies, pol. Hooks on lines the new policy does not grant   *)
(* are dropped (the StaleIrqHook bug keeps them).                          *)
(* spec: Privileges!ProcPrivCtl                                            *)
ProcPrivCtl(p, t, pol) ==
    /\ t # p
    /\ IF CallAllowed(p, PRIVCTL)
       THEN /\ lastOp' = [CallOp(p, PRIVCTL, "OK") EXCEPT !.peer = t]
            /\ priv' = [priv EXCEPT ![t] = pol]
            /\ hooks' = IF Bug = "StaleIrqHook" THEN hooks
                        ELSE [line \in Irqs |->
                                IF line \in pol.irqs THEN hooks[line] ELSE hooks[line] \ {t}]
       ELSE /\ lastOp' = [CallOp(p, PRIVCTL, "ECALLDENIED") EXCEPT !.peer = t]
            /\ UNCHANGED <<priv, hooks>>

(* SYS_PRIVCTL aimed at the caller itself or at RS: refused with EPERM      *)
(* once the call mask allows the call (no process changes its own          *)
(* privilege, and RS's is fixed at boot); nothing changes.                 *)
(* spec: Privileges!ProcPrivCtlRefused                                     *)
ProcPrivCtlRefused(p, t) ==
    /\ t \in {p, RS}
    /\ lastOp' = [CallOp(p, PRIVCTL, IF CallAllowed(p, PRIVCTL) THEN "EPERM" ELSE "ECALLDENIED")
                  EXCEPT !.peer = t]
    /\ UNCHANGED <<priv, hooks>>

(* IRQ line line fires; the kernel notifies hooked process p.              *)
(* spec: Privileges!IrqDeliver                                             *)
IrqDeliver(line, p) ==
    /\ p \in hooks[line]
    /\ lastOp' = [NoOp EXCEPT !.op = "irq", !.actor = p, !.irq = line]
    /\ UNCHANGED <<priv, hooks>>

Next ==
    \/ \E p \in Procs, prim \in Primitives, d \in Procs : ProcIpc(p, prim, d)
    \/ \E p \in Procs, k \in PlainCalls : ProcKernelCall(p, k)
    \/ \E p \in Procs, port \in Ports : ProcDevIo(p, port)
    \/ \E p \in Procs, r \in MemRegions : ProcPhysCopy(p, r)
    \/ \E p \in Procs, line \in Irqs : ProcIrqCtl(p, line)
    \/ \E p \in Procs, line \in Irqs : ProcIrqUnhook(p, line)
    \/ \E p \in Procs, t \in Services : \E pol \in Policies[t] : ProcPrivCtl(p, t, pol)
    \/ \E p \in Procs : \E t \in {p, RS} : ProcPrivCtlRefused(p, t)
    \/ \E line \in Irqs, p \in Procs : IrqDeliver(line, p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Invariants: nothing the kernel lets through exceeds the privilege in    *)
(* force at that moment.                                                   *)

TypeOK ==
    /\ priv \in [Procs -> Privilege]
    /\ hooks \in [Irqs -> SUBSET Procs]
    /\ lastOp \in Operations

Succeeded(op) == lastOp.op = op /\ lastOp.result = "OK"

IpcWithinPrivilege ==
    Succeeded("ipc") =>
        /\ lastOp.prim \in priv[lastOp.actor].ipc
        /\ lastOp.prim = "RECEIVE" \/ lastOp.peer \in priv[lastOp.actor].dst

KernelCallWithinPrivilege ==
    Succeeded("kcall") => lastOp.call \in priv[lastOp.actor].calls

PortAccessWithinPrivilege ==
    Succeeded("kcall") /\ lastOp.call = DEVIO => lastOp.port \in priv[lastOp.actor].ports

MemoryAccessWithinPrivilege ==
    Succeeded("kcall") /\ lastOp.call = PHYSCOPY => lastOp.region \in priv[lastOp.actor].mem

IrqDeliveryWithinPrivilege ==
    lastOp.op = "irq" => lastOp.irq \in priv[lastOp.actor].irqs

OnlyRsChangesPrivileges ==
    Succeeded("kcall") /\ lastOp.call = PRIVCTL => lastOp.actor = RS

UserSendrecOnlyToPmVfs ==
    Succeeded("ipc") /\ lastOp.actor \in Users =>
        lastOp.prim = "SENDREC" /\ lastOp.peer \in {PM, VFS}

=============================================================================
