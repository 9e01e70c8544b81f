package cn.minzheng.registry;

import java.time.LocalDate;

/**
 * A household's composition or address changed (member joined, left, moved, split). Listeners
 * re-read the household through {@link PersonDirectory}.
 */
public record HouseholdChanged(
    long householdId, String regionCode, String change, LocalDate effectiveDate) {}
