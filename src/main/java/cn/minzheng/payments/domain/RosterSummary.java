package cn.minzheng.payments.domain;

import cn.minzheng.payments.Programme;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** A roster's header: who made and who approved it, its totals. */
public record RosterSummary(
    long id,
    Programme programme,
    YearMonth month,
    String districtCode,
    RosterState state,
    int people,
    BigDecimal totalAmount,
    String madeBy,
    Instant madeAt,
    String approvedBy,
    Instant approvedAt,
    Instant sentAt,
    Instant reconciledAt) {}
