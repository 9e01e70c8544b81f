package cn.minzheng.region.web;

import cn.minzheng.region.RegionNode;
import java.time.LocalDate;

/** A node as the API shows it: kind and level with their Chinese labels, and whether retired. */
record RegionView(
    String code,
    String name,
    String level,
    String levelLabel,
    String kind,
    String parentCode,
    String statutoryCountyCode,
    LocalDate validFrom,
    LocalDate validTo,
    boolean retired,
    String retiredReason,
    String successorCode) {

  static RegionView of(RegionNode node, LocalDate today) {
    return new RegionView(
        node.code(),
        node.name(),
        node.level().name(),
        node.level().label(),
        node.kind().label(),
        node.parentCode(),
        node.statutoryCountyCode(),
        node.validFrom(),
        node.validTo(),
        node.retiredOn(today),
        node.retiredReason(),
        node.successorCode());
  }
}
