----------------------------- MODULE MCCounters -----------------------------
(* The CI-size model of Counters: both counters stay within the bound. *)
EXTENDS Counters
=============================================================================
