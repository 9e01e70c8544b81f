package cn.minzheng.region.domain;

import java.time.LocalDate;

/** An earlier name of a node: valid from inclusive, to exclusive. */
public record NameHistoryEntry(
    String name, LocalDate validFrom, LocalDate validTo, String changedBy) {}
