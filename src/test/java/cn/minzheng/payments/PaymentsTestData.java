package cn.minzheng.payments;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Programme months and staff for the payments tests; each test gets its own month. */
public final class PaymentsTestData {

  public static final String CITY = "510100000000";

  /** 锦江区 */
  public static final String JINJIANG = "510104000000";

  /** 青羊区 */
  public static final String QINGYANG = "510105000000";

  public static final String JINJIANG_COMMUNITY = "510104001001";
  public static final String QINGYANG_COMMUNITY = "510105001001";

  private static final AtomicInteger MONTHS = new AtomicInteger();
  private static final AtomicInteger STAFF = new AtomicInteger(700_000);

  private PaymentsTestData() {}

  /**
   * A programme month no other test uses, each one earlier than the one before (three apart): a
   * payment left failed by an earlier test lies in a later month, so it is never re-issued into a
   * later test's roster (re-issue goes forward in time only).
   */
  public static YearMonth uniqueMonth() {
    return YearMonth.of(2090, 1).minusMonths(3L * MONTHS.incrementAndGet());
  }

  /** A staff member with an id of their own, so that maker and checker really differ. */
  public static StaffUser staff(String region, Role role) {
    int id = STAFF.incrementAndGet();
    return new StaffUser(id, "pay" + id, "测试员" + id, region, Set.of(role));
  }

  public static StaffAuthentication auth(StaffUser user) {
    return StaffAuthentication.of(user);
  }

  public static <T> T as(StaffUser user, java.util.function.Supplier<T> work) {
    return RegistryTestData.as(StaffAuthentication.of(user), work);
  }

  public static Entitlement dibao(long personId, String amount, String community) {
    return new Entitlement(
        personId, new BigDecimal(amount), "{\"rule\":\"差额\",\"standard\":910}", community, "C1");
  }
}
