package cn.minzheng.assistance.run;

import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.MonthReplaced;
import cn.minzheng.payments.Programme;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 月度核算: every active case's entitlement of a month, per programme as one set-based query handed to
 * {@code payments}. Re-runnable until the month's roster is approved; a re-run replaces the month
 * and never duplicates.
 */
@Service("assistanceMonthlyRun")
public class MonthlyRun {

  static final Map<Programme, String> QUERIES =
      Map.of(
          Programme.DIBAO, EntitlementQueries.DIBAO,
          Programme.TEKUN, EntitlementQueries.TEKUN,
          Programme.LINSHI, EntitlementQueries.LINSHI);

  private final Entitlements entitlements;
  private final JdbcClient jdbc;
  private final LockedMonthCorrections corrections;

  private final TransactionTemplate ownTransaction;

  MonthlyRun(
      Entitlements entitlements,
      JdbcClient jdbc,
      LockedMonthCorrections corrections,
      PlatformTransactionManager transactions) {
    this.entitlements = entitlements;
    this.jdbc = jdbc;
    this.corrections = corrections;
    // A locked month rolls its own attempt back, never the caller's transaction.
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public List<Outcome> run(YearMonth month, String by) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Programme programme : List.of(Programme.DIBAO, Programme.TEKUN, Programme.LINSHI)) {
      outcomes.add(run(programme, month, by));
    }
    return outcomes;
  }

  public Outcome run(Programme programme, YearMonth month, String by) {
    try {
      return ownTransaction.execute(s -> replace(programme, month, by));
    } catch (MonthLockedException e) {
      YearMonth payMonth = YearMonth.from(ChinaTime.today()).plusMonths(1);
      if (!payMonth.isAfter(month)) {
        payMonth = month.plusMonths(1);
      }
      YearMonth pay = payMonth;
      int n = ownTransaction.execute(s -> corrections.correct(programme, month, pay));
      return new Outcome(
          programme,
          month,
          0,
          BigDecimal.ZERO,
          e.getMessage() + (n > 0 ? "已生成 " + n + " 笔补发/追回，于 " + payMonth + " 发放。" : ""));
    }
  }

  private Outcome replace(Programme programme, YearMonth month, String by) {
    MonthReplaced r =
        entitlements.replaceMonthFrom(programme, month, QUERIES.get(programme), month.atDay(1));
    jdbc.sql(
            """
              insert into assistance.monthly_run (programme, month, people, total, run_by)
              values (?, ?, ?, ?, ?)""")
        .params(programme.name(), month.atDay(1), r.people(), r.total(), by)
        .update();
    return new Outcome(programme, month, r.people(), r.total(), null);
  }

  /** The months already run from {@code from} on: what a change taking effect must recompute. */
  public List<YearMonth> monthsRunSince(YearMonth from) {
    return jdbc.sql(
            "select distinct month from assistance.monthly_run where month >= ? order by month")
        .param(from.atDay(1))
        .query((rs, n) -> YearMonth.from(rs.getObject(1, java.time.LocalDate.class)))
        .list();
  }

  /** What one programme month produced; {@code locked} holds the reason when it was refused. */
  public record Outcome(
      Programme programme, YearMonth month, long people, BigDecimal total, String locked) {}
}
