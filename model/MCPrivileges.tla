------------------------- MODULE MCPrivileges -------------------------
(* CI size of Privileges: RS, PM, VFS, one driver and one user process; *)
(* two ports, two IRQ lines; the driver has two declared policies (RS   *)
(* may move it from one port and line to the other), PM and VFS one.    *)
EXTENDS Privileges

MCProcs == {"rs", "pm", "vfs", "drv", "usr"}
MCUsers == {"usr"}
MCKernelCalls == {"SYS_PRIVCTL", "SYS_DEVIO", "SYS_IRQCTL", "SYS_GETINFO"}
MCPorts == {1, 2}
MCIrqs == {1, 2}

AllPrimitives == {"SEND", "RECEIVE", "SENDREC", "NOTIFY"}
DriverOnPort1 == [ipc |-> AllPrimitives, dst |-> {"vfs", "rs"},
                  calls |-> {"SYS_DEVIO", "SYS_IRQCTL"}, ports |-> {1}, irqs |-> {1}]
DriverOnPort2 == [DriverOnPort1 EXCEPT !.ports = {2}, !.irqs = {2}]

MCBootPrivilege ==
    [p \in MCProcs |->
        CASE p = "rs"  -> [ipc |-> AllPrimitives, dst |-> MCProcs,
                           calls |-> {"SYS_PRIVCTL", "SYS_GETINFO"}, ports |-> {}, irqs |-> {}]
          [] p = "pm"  -> [ipc |-> AllPrimitives, dst |-> {"rs", "vfs", "usr"},
                           calls |-> {"SYS_GETINFO"}, ports |-> {}, irqs |-> {}]
          [] p = "vfs" -> [ipc |-> AllPrimitives, dst |-> {"pm", "drv", "usr"},
                           calls |-> {"SYS_GETINFO"}, ports |-> {}, irqs |-> {}]
          [] p = "drv" -> DriverOnPort1
          [] p = "usr" -> [ipc |-> {"SENDREC"}, dst |-> {"pm", "vfs"},
                           calls |-> {}, ports |-> {}, irqs |-> {}]]

MCPolicies ==
    [t \in {"pm", "vfs", "drv"} |->
        IF t = "drv" THEN {DriverOnPort1, DriverOnPort2} ELSE {MCBootPrivilege[t]}]
MCBug == "none"
=============================================================================
