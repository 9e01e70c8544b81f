package cn.minzheng.monitoring.register;

import java.time.LocalDate;

/** A person's current (or ended) place in the register. */
public record RegisterEntry(
    long id,
    long personId,
    Long householdId,
    String regionCode,
    RegisterCategory category,
    String origin,
    String reason,
    LocalDate since,
    LocalDate until) {}
