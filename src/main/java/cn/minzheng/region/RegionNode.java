package cn.minzheng.region;

import java.time.LocalDate;

/**
 * A node of the division tree. {@code parentCode} is the managing parent (for a street of a
 * functional zone: the zone); {@code statutoryCountyCode} is the GB/T 2260 county the node lies in
 * (null for the city and the functional zones). Validity: from inclusive, to exclusive.
 */
public record RegionNode(
    String code,
    String name,
    RegionLevel level,
    RegionKind kind,
    String parentCode,
    String statutoryCountyCode,
    LocalDate validFrom,
    LocalDate validTo,
    String retiredReason,
    String successorCode,
    String note) {

  public boolean activeOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
  }

  /** Retired: its validity has ended (a retirement dated in the future does not count yet). */
  public boolean retiredOn(LocalDate day) {
    return validTo != null && !validTo.isAfter(day);
  }

  /** The 6-digit county part of the code. */
  public String countyPart() {
    return code.substring(0, 6);
  }
}
