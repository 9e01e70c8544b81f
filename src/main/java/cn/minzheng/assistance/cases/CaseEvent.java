package cn.minzheng.assistance.cases;

import java.time.Instant;

/** One row of a case's history. */
public record CaseEvent(
    Instant at, String byName, String action, String fromState, String toState, String note) {}
