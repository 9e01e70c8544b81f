package cn.minzheng.shared;

/**
 * A 12-digit statistical division code: digits 1-6 county (GB/T 2260, or an internal code for a
 * functional zone), 7-9 township/street, 10-12 village/community. Only the shape is checked here;
 * whether the code exists is the {@code region} module's business.
 */
public record RegionCode(String value) {

  public RegionCode {
    if (value == null || !value.matches("[0-9]{12}")) {
      throw new IllegalArgumentException("区划代码必须为12位数字");
    }
  }

  public static RegionCode of(String value) {
    return new RegionCode(value == null ? null : value.strip());
  }

  public static boolean isWellFormed(String value) {
    return value != null && value.matches("[0-9]{12}");
  }

  /** The 6-digit county part. */
  public String countyPart() {
    return value.substring(0, 6);
  }

  /** Whether the code names a county-level unit (or the city): nothing below the county digits. */
  public boolean isCountyLevel() {
    return value.endsWith("000000");
  }

  /** Whether the code names a street/township: a township part and no village part. */
  public boolean isStreetLevel() {
    return !isCountyLevel() && value.endsWith("000");
  }

  @Override
  public String toString() {
    return value;
  }
}
