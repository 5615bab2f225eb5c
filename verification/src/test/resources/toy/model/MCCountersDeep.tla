--------------------------- MODULE MCCountersDeep ---------------------------
(* The deep-size model of Counters: a larger bound. *)
EXTENDS Counters
=============================================================================
