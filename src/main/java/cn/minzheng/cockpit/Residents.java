package cn.minzheng.cockpit;

import java.util.List;

/**
 * SPI: the living residents per region code, the base of the cockpit's comparison per 1,000
 * residents. Implemented by the module that keeps the population (the registry) with one set-based
 * count; the cockpit calls it at night and keeps the result with its time, so that no page counts
 * the population while a leader waits. Without an implementation the comparison shows "not yet
 * counted".
 */
public interface Residents {

  /** The living residents of each region code that has any (the codes the registry records). */
  List<RegionValue> livingByRegion();
}
