package cn.minzheng.assistance;

import java.time.YearMonth;
import java.util.List;

/**
 * A household (or, for single-person inclusion, the listed members) was confirmed into a programme;
 * benefits start in {@code fromMonth}. Published after the confirming transaction commits.
 */
public record AssistanceGranted(
    long caseId,
    long householdId,
    AssistanceType type,
    String category,
    List<Long> personIds,
    String regionCode,
    YearMonth fromMonth) {}
