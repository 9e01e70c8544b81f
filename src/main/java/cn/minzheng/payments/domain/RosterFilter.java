package cn.minzheng.payments.domain;

import cn.minzheng.payments.Programme;
import java.time.YearMonth;

/** Search form of the roster list; every field optional. */
public record RosterFilter(
    Programme programme, YearMonth month, String districtCode, RosterState state) {

  public static RosterFilter none() {
    return new RosterFilter(null, null, null, null);
  }
}
