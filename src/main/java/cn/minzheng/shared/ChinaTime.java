package cn.minzheng.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Beijing time. Civil-affairs dates (birth, death, effective dates, "today" in a rule) are calendar
 * dates in China, whatever zone the server runs in: between 16:00 and 24:00 UTC the UTC date is
 * already a day behind. Instants are stored in UTC; dates are computed here.
 */
public final class ChinaTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ChinaTime() {}

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
