package cn.minzheng.elderly;

import cn.minzheng.shared.IdCardNo;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** ID numbers with a chosen birth date and credit codes for the elderly tests. */
public final class ElderlyTestData {

  /** Sequence numbers of our own (3xx-9xx): other tests use 101 and 102. */
  private static final AtomicInteger SEQUENCE = new AtomicInteger(300);

  private ElderlyTestData() {}

  public static String idNumberBornOn(LocalDate birth) {
    int seq = SEQUENCE.incrementAndGet();
    String body =
        "510104"
            + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
            + String.format(java.util.Locale.ROOT, "%03d", seq % 1000);
    return body + IdCardNo.checkChar(body);
  }

  /** A valid, fresh 统一社会信用代码 of a civil-affairs registered organisation. */
  public static String creditCode() {
    String first8 =
        String.format(
            java.util.Locale.ROOT,
            "%08d",
            java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    String body =
        "52510104" + first8 + cn.minzheng.shared.CreditCode.organisationCodeCheckChar(first8);
    return body + cn.minzheng.shared.CreditCode.checkChar(body);
  }
}
