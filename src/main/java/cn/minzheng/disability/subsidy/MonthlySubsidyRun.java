package cn.minzheng.disability.subsidy;

import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.MonthReplaced;
import cn.minzheng.platform.MonthLock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes one month of one subsidy, set-based, and hands the confirmed recipients' rows to
 * payments (one query per subsidy). Persons eligible for the first time join the street's list of
 * newly eligible persons; starts, changes and stops against the month before are recorded with
 * their reason (read in the portal).
 */
@Service
public class MonthlySubsidyRun {

  private final JdbcClient jdbc;
  private final Entitlements entitlements;
  private final SubsidySettings settings;
  private final MonthLock lock;

  MonthlySubsidyRun(
      JdbcClient jdbc, Entitlements entitlements, SubsidySettings settings, MonthLock lock) {
    this.jdbc = jdbc;
    this.entitlements = entitlements;
    this.settings = settings;
    this.lock = lock;
  }

  /** A person's due in a month, as the rules compute it. */
  public record Due(BigDecimal amount, String category, int grade, String regionCode) {}

  /**
   * Replaces the month of the subsidy; idempotent; in a transaction of its own. @throws
   * cn.minzheng.payments.MonthLockedException when the month's roster is approved (nothing
   * changes).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public MonthReplaced run(Subsidy subsidy, YearMonth month) {
    return compute(subsidy, month, null);
  }

  /**
   * Computes the month again for these persons only, with the same statements restricted to them (a
   * person's event need not recompute everyone: the rows of the others stay as they are), and hands
   * the month to payments, which changes only their rows. Gives these persons what {@link #run}
   * gives them. In a transaction of its own. @throws cn.minzheng.payments.MonthLockedException when
   * the month's roster is approved (nothing changes).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public MonthReplaced runFor(Subsidy subsidy, YearMonth month, Collection<Long> persons) {
    return compute(subsidy, month, persons.toArray(Long[]::new));
  }

  private MonthReplaced compute(Subsidy subsidy, YearMonth month, Long @Nullable [] persons) {
    // recomputes after several events at once (deaths, ratings) take turns on the month
    lock.acquire("disability." + subsidy.name(), month);
    UUID run = UUID.randomUUID();
    Map<String, Object> p = params(subsidy, month, run, persons);
    jdbc.sql(SubsidySql.STAGE_ELIGIBLE).params(p).update();
    jdbc.sql(SubsidySql.ENROL_NEW).params(p).update();
    jdbc.sql(SubsidySql.CLEAR_MONTH).params(p).update();
    jdbc.sql(SubsidySql.RECORD_MONTH).params(p).update();
    MonthReplaced replaced =
        entitlements.replaceMonthFrom(
            subsidy.programme(), month, SubsidySql.PAYABLE, subsidy.name(), month.atDay(1));
    jdbc.sql(
            """
            insert into disability.run_month (subsidy, month) values (:subsidy, :month)
            on conflict (subsidy, month) do update set run_at = now()""")
        .params(p)
        .update();
    jdbc.sql(SubsidySql.CLEAR_CHANGES).params(p).update();
    jdbc.sql(SubsidySql.RECORD_STARTS_AND_CHANGES).params(p).update();
    jdbc.sql(SubsidySql.RECORD_STOPS).params(p).update();
    jdbc.sql("delete from disability.run_row where run_id = :run").params(p).update();
    return replaced;
  }

  /**
   * What the rules give one person in a month (empty: nothing), whether confirmed or not; in the
   * caller's transaction.
   */
  @Transactional
  public Optional<Due> dueFor(Subsidy subsidy, YearMonth month, long personId) {
    UUID run = UUID.randomUUID();
    Map<String, Object> p = params(subsidy, month, run, new Long[] {personId});
    jdbc.sql(SubsidySql.STAGE_ELIGIBLE).params(p).update();
    Optional<Due> due =
        jdbc.sql(
                "select amount, category, grade, region_code from disability.run_row"
                    + " where run_id = :run")
            .params(p)
            .query(Due.class)
            .optional();
    jdbc.sql("delete from disability.run_row where run_id = :run").params(p).update();
    return due;
  }

  private Map<String, Object> params(
      Subsidy subsidy, YearMonth month, UUID run, Long @Nullable [] persons) {
    LocalDate start = month.atDay(1);
    Map<String, Object> p = new HashMap<>();
    p.put("run", run);
    p.put("subsidy", subsidy.name());
    p.put("month", start);
    p.put("prev", start.minusMonths(1));
    p.put("monthLabel", month.getYear() + "年" + month.getMonthValue() + "月");
    p.put("city", settings.cityPattern());
    p.put("lowIncome", settings.lowIncomeCategories());
    p.put("persons", persons);
    return p;
  }
}
