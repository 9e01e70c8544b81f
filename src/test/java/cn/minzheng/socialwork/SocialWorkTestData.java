package cn.minzheng.socialwork;

import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.CreditCode;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Credit codes, certificate numbers and region nodes without a station, for the tests. */
public final class SocialWorkTestData {

  private static final AtomicInteger CERTIFICATES = new AtomicInteger();

  private SocialWorkTestData() {}

  /** A valid, fresh 统一社会信用代码 of a civil-affairs registered social service agency. */
  public static String creditCode() {
    String first8 =
        String.format(Locale.ROOT, "%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    String body = "52510104" + first8 + CreditCode.organisationCodeCheckChar(first8);
    return body + CreditCode.checkChar(body);
  }

  public static String certificateNumber() {
    return "SW-T-" + System.nanoTime() + "-" + CERTIFICATES.incrementAndGet();
  }

  /** A community under {@code street} that has no station yet. */
  public static String freeCommunity(RegionQuery regions, JdbcClient jdbc, String street) {
    return regions.children(street).stream()
        .map(RegionNode::code)
        .filter(
            code ->
                !jdbc.sql("select exists (select 1 from socialwork.station where region_code = ?)")
                    .param(code)
                    .query(Boolean.class)
                    .single())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no free community under " + street));
  }
}
