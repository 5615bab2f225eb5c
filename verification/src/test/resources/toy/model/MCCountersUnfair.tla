--------------------------- MODULE MCCountersUnfair ---------------------------
(* A mutant of Counters: without fairness the counters may stop, so EventuallyFull fails. *)
EXTENDS Counters
=============================================================================
