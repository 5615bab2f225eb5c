------------------------------ MODULE Counters ------------------------------
(* A toy specification for the TLC runner's tests: two bounded counters that  *)
(* step one at a time. Cap bounds the steps; Bound is what the invariant       *)
(* promises. A model with Cap > Bound is a mutant that BoundInv must catch.    *)
EXTENDS Naturals

CONSTANTS
    Bound,  \* the largest value BoundInv allows
    Cap     \* the largest value the actions may reach

VARIABLES left, right

vars == <<left, right>>

TypeOK == left \in Nat /\ right \in Nat

Init == left = 0 /\ right = 0

IncrementLeft == left < Cap /\ left' = left + 1 /\ UNCHANGED right

IncrementRight == right < Cap /\ right' = right + 1 /\ UNCHANGED left

Reset == left = Cap /\ right = Cap /\ left' = 0 /\ right' = 0

Next == IncrementLeft \/ IncrementRight \/ Reset

Spec == Init /\ [][Next]_vars

FairSpec == Spec /\ WF_vars(Next)

BoundInv == left <= Bound /\ right <= Bound

EventuallyFull == <>(left = Cap /\ right = Cap)
=============================================================================
