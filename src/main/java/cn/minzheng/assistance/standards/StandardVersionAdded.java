package cn.minzheng.assistance.standards;

import java.time.LocalDate;

/** A city administrator applied a new standard version: the run recomputes from its month. */
public record StandardVersionAdded(String areaCode, LocalDate effectiveFrom) {}
