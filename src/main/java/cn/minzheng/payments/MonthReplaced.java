package cn.minzheng.payments;

import java.math.BigDecimal;
import java.time.YearMonth;

/** What replacing a programme month changed, and the month's resulting totals. */
public record MonthReplaced(
    Programme programme,
    YearMonth month,
    long inserted,
    long updated,
    long removed,
    long people,
    BigDecimal total) {}
