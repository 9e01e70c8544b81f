package cn.minzheng.registry.demo;

/**
 * A community (社区) or village (村) the population is spread over: its 12-digit code and the
 * statutory county code (GB/T 2260) its residents' ID numbers carry.
 */
public record DemoCommunity(String code, String countyCode) {

  public DemoCommunity {
    if (code == null || code.length() != 12 || countyCode == null || countyCode.length() != 6) {
      throw new IllegalArgumentException("community code must have 12 digits, county code 6");
    }
  }

  /** From a 12-digit code whose first six digits are the statutory county code. */
  public static DemoCommunity of(String code) {
    return new DemoCommunity(code, code.substring(0, 6));
  }

  /** Digits 10-12 from 200 up are villagers' committees (a hint, docs/domain-rules.md §2). */
  public boolean village() {
    return Integer.parseInt(code.substring(9)) >= 200;
  }
}
