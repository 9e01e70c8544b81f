package cn.minzheng.elderly.servicelist;

import java.time.LocalDate;

/** One version of a list item. */
public record ServiceItem(
    long id,
    String code,
    ServiceCategory category,
    String name,
    String targetGroup,
    String content,
    String standard,
    String provider,
    String funding,
    LocalDate validFrom,
    LocalDate validTo,
    boolean demoContent) {}
