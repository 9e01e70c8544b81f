package cn.minzheng.registry;

import java.time.LocalDate;

/** A person's marital status changed, e.g. through a marriage or divorce registration. */
public record MaritalStatusChanged(long personId, String status, LocalDate effectiveDate) {}
