----------------------- MODULE MCPrivilegesDeep -----------------------
(* Deep size of Privileges: RS, PM, VFS, DS, two drivers and two user    *)
(* processes; three ports, three IRQ lines, three memory regions; each    *)
(* driver has two declared policies, one of them shared (port 3, line 3,  *)
(* region 3); the servers have one, and VM-like PM may copy region 3.     *)
EXTENDS Privileges

DeepProcs == {"rs", "pm", "vfs", "ds", "drv1", "drv2", "usr1", "usr2"}
DeepUsers == {"usr1", "usr2"}
DeepKernelCalls == {"SYS_PRIVCTL", "SYS_DEVIO", "SYS_IRQCTL", "SYS_PHYSCOPY", "SYS_GETINFO",
                    "SYS_SAFECOPY"}
DeepPorts == {1, 2, 3}
DeepIrqs == {1, 2, 3}
DeepMemRegions == {1, 2, 3}

AllPrimitives == {"SEND", "RECEIVE", "SENDREC", "NOTIFY"}
DriverPolicy(port, line) ==
    [ipc |-> AllPrimitives, dst |-> {"vfs", "rs", "ds"},
     calls |-> {"SYS_DEVIO", "SYS_IRQCTL", "SYS_PHYSCOPY", "SYS_SAFECOPY"}, ports |-> {port},
     irqs |-> {line}, mem |-> {port}]
ServerPolicy(dst) ==
    [ipc |-> AllPrimitives, dst |-> dst, calls |-> {"SYS_GETINFO", "SYS_SAFECOPY"},
     ports |-> {}, irqs |-> {}, mem |-> {}]

DeepBootPrivilege ==
    [p \in DeepProcs |->
        CASE p = "rs"   -> [ipc |-> AllPrimitives, dst |-> DeepProcs,
                            calls |-> {"SYS_PRIVCTL", "SYS_GETINFO"}, ports |-> {}, irqs |-> {},
                            mem |-> {}]
          [] p = "pm"   -> [ServerPolicy({"rs", "vfs", "ds", "usr1", "usr2"}) EXCEPT
                              !.calls = @ \cup {"SYS_PHYSCOPY"}, !.mem = {3}]
          [] p = "vfs"  -> ServerPolicy({"pm", "ds", "drv1", "drv2", "usr1", "usr2"})
          [] p = "ds"   -> ServerPolicy({"rs", "pm", "vfs", "drv1", "drv2"})
          [] p = "drv1" -> DriverPolicy(1, 1)
          [] p = "drv2" -> DriverPolicy(2, 2)
          [] OTHER      -> [ipc |-> {"SENDREC"}, dst |-> {"pm", "vfs"},
                            calls |-> {}, ports |-> {}, irqs |-> {}, mem |-> {}]]

DeepPolicies ==
    [t \in {"pm", "vfs", "ds", "drv1", "drv2"} |->
        CASE t = "drv1" -> {DriverPolicy(1, 1), DriverPolicy(3, 3)}
          [] t = "drv2" -> {DriverPolicy(2, 2), DriverPolicy(3, 3)}
          [] OTHER      -> {DeepBootPrivilege[t]}]
DeepBug == "none"
=============================================================================
