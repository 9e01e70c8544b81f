package cn.minzheng.assistance.cases;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A member of the household of a case, with the declared (or verified) monthly income. */
public record CaseMember(
    long personId,
    String name,
    String relationship,
    LocalDate birthDate,
    BigDecimal monthlyIncome,
    String assets,
    boolean included,
    LocalDate diedOn) {}
