package cn.minzheng.assistance;

import java.time.YearMonth;
import java.util.List;

/**
 * Coverage ended for the listed persons (review outcome "stop", death, withdrawal); {@code
 * lastMonth} is the last month paid.
 */
public record AssistanceEnded(
    long caseId,
    long householdId,
    AssistanceType type,
    List<Long> personIds,
    YearMonth lastMonth,
    String reason) {}
