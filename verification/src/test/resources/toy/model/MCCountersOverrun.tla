-------------------------- MODULE MCCountersOverrun --------------------------
(* A mutant of Counters: the actions may step one past the bound. *)
EXTENDS Counters
=============================================================================
