------------------------- MODULE MCPrivileges -------------------------
(* CI size of Privileges: RS, PM, VFS, one driver and one user process; *)
(* two ports, two IRQ lines, two memory regions; the driver has two     *)
(* declared policies (RS may move it from one port, line and region to  *)
(* the other), PM and VFS one; PM may call SYS_PHYSCOPY but holds no    *)
(* region, so its copies are refused.                                   *)
EXTENDS Privileges

MCProcs == {"rs", "pm", "vfs", "drv", "usr"}
MCUsers == {"usr"}
MCKernelCalls == {"SYS_PRIVCTL", "SYS_DEVIO", "SYS_IRQCTL", "SYS_PHYSCOPY", "SYS_GETINFO"}
MCPorts == {1, 2}
MCIrqs == {1, 2}
MCMemRegions == {1, 2}

AllPrimitives == {"SEND", "RECEIVE", "SENDREC", "NOTIFY"}
DriverOnPort1 == [ipc |-> AllPrimitives, dst |-> {"vfs", "rs"},
                  calls |-> {"SYS_DEVIO", "SYS_IRQCTL", "SYS_PHYSCOPY"}, ports |-> {1},
                  irqs |-> {1}, mem |-> {1}]
DriverOnPort2 == [DriverOnPort1 EXCEPT !.ports = {2}, !.irqs = {2}, !.mem = {2}]

MCBootPrivilege ==
    [p \in MCProcs |->
        CASE p = "rs"  -> [ipc |-> AllPrimitives, dst |-> MCProcs,
                           calls |-> {"SYS_PRIVCTL", "SYS_GETINFO"}, ports |-> {}, irqs |-> {},
                           mem |-> {}]
          [] p = "pm"  -> [ipc |-> AllPrimitives, dst |-> {"rs", "vfs", "usr"},
                           calls |-> {"SYS_GETINFO", "SYS_PHYSCOPY"}, ports |-> {}, irqs |-> {},
                           mem |-> {}]
          [] p = "vfs" -> [ipc |-> AllPrimitives, dst |-> {"pm", "drv", "usr"},
                           calls |-> {"SYS_GETINFO"}, ports |-> {}, irqs |-> {}, mem |-> {}]
          [] p = "drv" -> DriverOnPort1
          [] p = "usr" -> [ipc |-> {"SENDREC"}, dst |-> {"pm", "vfs"},
                           calls |-> {}, ports |-> {}, irqs |-> {}, mem |-> {}]]

MCPolicies ==
    [t \in {"pm", "vfs", "drv"} |->
        IF t = "drv" THEN {DriverOnPort1, DriverOnPort2} ELSE {MCBootPrivilege[t]}]
MCBug == "none"
=============================================================================
