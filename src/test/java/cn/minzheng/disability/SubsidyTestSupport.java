package cn.minzheng.disability;

import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared helpers of the disability tests: what payments holds, waiting for the listeners. */
final class SubsidyTestSupport {

  private SubsidyTestSupport() {}

  static Optional<BigDecimal> paid(JdbcClient jdbc, long person, String programme, String month) {
    return jdbc.sql(
            "select amount from payments.entitlement_fact where person_id = ? and programme = ?"
                + " and month = cast(? as date)")
        .params(person, programme, month)
        .query(BigDecimal.class)
        .optional();
  }

  /** Waits until the condition holds and no disability listener is still working. */
  static void await(JdbcClient jdbc, BooleanSupplier condition) {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      if (condition.getAsBoolean() && listenersDone(jdbc)) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("condition not reached within 60 s");
  }

  static boolean listenersDone(JdbcClient jdbc) {
    return jdbc.sql(
                "select count(*) from event_publication where completion_date is null"
                    + " and listener_id like '%disability%'")
            .query(Integer.class)
            .single()
        == 0;
  }

  static boolean rated(JdbcClient jdbc, long person, int grade) {
    return jdbc.sql("select count(*) from disability.rating where person_id = ? and grade = ?")
            .params(person, grade)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Runs work as a street caseworker of the given street. */
  static <T> T asStreet(String street, java.util.function.Supplier<T> work) {
    return RegistryTestData.as(RegistryTestData.auth(street, Role.STREET_CASEWORKER), work);
  }
}
