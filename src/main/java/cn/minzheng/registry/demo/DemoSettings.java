package cn.minzheng.registry.demo;

import java.time.LocalDate;

/**
 * What makes one demo population: the seed (same seed, same data), the number of persons (anchors
 * included) and the day the data describe (ages, deaths and certificates are relative to it, never
 * to the clock, so that a run next year gives the same bytes).
 */
public record DemoSettings(long seed, long population, LocalDate referenceDate) {

  public static final long DEFAULT_SEED = 20260101L;
  public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 1, 1);

  public DemoSettings {
    if (population < DemoAnchors.PERSONS) {
      throw new IllegalArgumentException("population must hold at least the anchor persons");
    }
  }

  public static DemoSettings of(long population) {
    return new DemoSettings(DEFAULT_SEED, population, DEFAULT_REFERENCE_DATE);
  }
}
