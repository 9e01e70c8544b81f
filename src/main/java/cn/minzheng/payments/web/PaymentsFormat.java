package cn.minzheng.payments.web;

import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How the payments pages write times (Beijing time, to the minute) and money (1,234.50). */
public final class PaymentsFormat {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE);

  public String time(Instant instant) {
    return instant == null ? "—" : MINUTES.format(instant);
  }

  public String money(BigDecimal amount) {
    return amount == null ? "—" : new DecimalFormat("#,##0.00").format(amount);
  }
}
