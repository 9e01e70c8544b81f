package cn.minzheng.region.domain;

import java.time.LocalDate;

/** What an administrator asks for. Raw input: validated by {@link RegionAdministration}. */
public final class RegionCommands {

  private RegionCommands() {}

  /** 新增下级区划. {@code statutoryCountyCode} only matters below a functional zone. */
  public record AddChild(
      String parentCode,
      String code,
      String name,
      String kind,
      LocalDate validFrom,
      String statutoryCountyCode) {}

  /** 更名: the old name stays in the history until {@code effectiveFrom}. */
  public record Rename(String code, String newName, LocalDate effectiveFrom) {}

  /** 撤销: the node is valid until {@code effectiveFrom} (exclusive). */
  public record Retire(
      String code,
      String reason,
      LocalDate effectiveFrom,
      String successorCode,
      boolean confirmed) {}
}
