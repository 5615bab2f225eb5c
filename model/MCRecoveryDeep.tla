-------------------------- MODULE MCRecoveryDeep --------------------------
(* Deep size of Recovery: two disk clients (one with two requests) and a   *)
(* printer client, three driver slots, three faults, back-off capped at 3  *)
(* periods (delays 1, 2, 3: the cap is reached on a third failure).        *)
EXTENDS Recovery

MCClients == {"c1", "c2", "c3"}
MCDrivers == {"disk", "printer"}
MCKind == [d \in MCDrivers |-> IF d = "disk" THEN "block" ELSE "char"]
MCPayloads == {1, 2, 3}
MCScript == [c \in MCClients |->
               CASE c = "c1" -> <<<<"disk", 1>>, <<"disk", 2>>>>
                 [] c = "c2" -> <<<<"printer", 1>>>>
                 [] c = "c3" -> <<<<"disk", 3>>>>]
MCBootSlot == [d \in MCDrivers |-> IF d = "disk" THEN 1 ELSE 2]
=============================================================================
