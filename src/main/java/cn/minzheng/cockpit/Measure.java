package cn.minzheng.cockpit;

/**
 * How a figure aggregates over regions. Every measure but {@link #PER_THOUSAND} is a plain sum of
 * the regions' values; a rate sums its numerators and its bases separately and divides at the end,
 * so that a district's rate is never the average of its streets' rates.
 */
public enum Measure {
  PEOPLE("人数"),
  PERSON_TIMES("人次"),
  MONEY("金额"),
  HOUSEHOLDS("户数"),
  COUNT("数量"),
  PER_THOUSAND("每千人");

  private final String label;

  Measure(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean rate() {
    return this == PER_THOUSAND;
  }
}
