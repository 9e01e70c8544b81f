package cn.minzheng.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The death on record for a person.
 *
 * @param newlyRecorded false when the death was already on record (the report was a no-op and
 *     {@link PersonDied} was not published again)
 */
public record DeathRecord(
    long personId,
    LocalDate dateOfDeath,
    String certificateNumber,
    String source,
    Instant recordedAt,
    boolean newlyRecorded) {}
