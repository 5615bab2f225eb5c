---------------------------- MODULE MCRecovery ----------------------------
(* CI size of Recovery: a block driver and a character driver, one request *)
(* from each of two clients, three slots (a restart reuses its own, so     *)
(* the third stays free), two faults.                                      *)
EXTENDS Recovery

MCClients == {"c1", "c2"}
MCDrivers == {"disk", "printer"}
MCKind == [d \in MCDrivers |-> IF d = "disk" THEN "block" ELSE "char"]
MCPayloads == {1}
MCScript == [c \in MCClients |-> IF c = "c1" THEN <<<<"disk", 1>>>> ELSE <<<<"printer", 1>>>>]
MCBootSlot == [d \in MCDrivers |-> IF d = "disk" THEN 1 ELSE 2]
=============================================================================
