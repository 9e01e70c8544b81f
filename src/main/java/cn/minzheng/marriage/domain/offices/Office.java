package cn.minzheng.marriage.domain.offices;

import java.math.BigDecimal;

/**
 * 婚姻登记处. {@code openingHours} is the text shown to citizens (extended hours, Saturdays); an
 * inactive office takes no new bookings (its existing ones are honoured).
 */
public record Office(
    long id,
    String code,
    String name,
    OfficeKind kind,
    String regionCode,
    String address,
    BigDecimal latitude,
    BigDecimal longitude,
    String openingHours,
    boolean active) {

  /** District office or one of the park-style offices (公园式婚姻登记处). */
  public enum OfficeKind {
    DISTRICT("区（市）县婚姻登记处"),
    PARK("公园式婚姻登记处");

    private final String label;

    OfficeKind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
