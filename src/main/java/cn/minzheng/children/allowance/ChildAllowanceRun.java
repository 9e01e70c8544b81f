package cn.minzheng.children.allowance;

import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.MonthReplaced;
import cn.minzheng.payments.Programme;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One month of the children's allowances, set-based: one statement per category into {@code
 * children.allowance_payment}, then one replacement per payments programme (孤儿 → ORPHAN, 事实无人抚养 →
 * UNSUPPORTED_CHILD). Paid in month M (first day m) when the case was approved before M (first
 * month ≤ m) and not stopped by m; the child alive on m or dying within M or later (death stops it
 * the month after); the 18th birthday on m or later (the month of the birthday is still paid), or
 * full-time study recorded to M or later and the birthday of the age cap in force on m ({@link
 * StudyAgeCap}) on m or later. The amount is the standard of the category and the care type in
 * force on m. An orphan is not paid for a month 特困供养 covers (one scheme only, {@link
 * TekunCoverage}).
 */
@Service
public class ChildAllowanceRun {

  static final String PAY_CATEGORY =
      """
      insert into children.allowance_payment
             (case_id, person_id, month, programme, category, care_type, amount, region_code)
      select c.id, c.child_person_id, :month, k.programme, c.category, cp.care_type, s.amount,
             p.residence_region_code
        from children.allowance_case c
        join children.category k on k.code = c.category
        join registry.person_fact p on p.id = c.child_person_id
        join lateral (select x.care_type from children.care_period x
                       where x.case_id = c.id and x.valid_from <= :month
                       order by x.valid_from desc limit 1) cp on true
        join children.standard s
          on s.category = c.category and s.care_type = cp.care_type
         and s.valid_from <= :month and (s.valid_to is null or s.valid_to > :month)
       where c.category = :category and k.programme = :programme
         and c.state in ('APPROVED', 'ENDED') and c.first_month <= :month
         and (c.stopped_from is null or c.stopped_from > :month)
         and (p.date_of_death is null or p.date_of_death >= :month)
         and (k.kind <> 'ORPHAN'
              or not exists (select 1 from children.tekun_coverage t
                              where t.person_id = c.child_person_id and t.from_month <= :month
                                and (t.last_month is null or t.last_month >= :month)))
         and ((p.birth_date + interval '18 years')::date >= :month
              or (c.study_until is not null
                  and date_trunc('month', c.study_until)::date >= :month
                  and (p.birth_date + make_interval(years => children.study_max_age_on(cast(:month as date))))::date
                      >= :month))
      """;

  private final JdbcClient jdbc;
  private final Entitlements entitlements;
  private final TransactionTemplate ownTransaction;

  ChildAllowanceRun(
      JdbcClient jdbc, Entitlements entitlements, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.entitlements = entitlements;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Both programmes of the month; each in its own transaction. */
  public List<MonthReplaced> run(YearMonth month) {
    return List.of(run(Programme.ORPHAN, month), run(Programme.UNSUPPORTED_CHILD, month));
  }

  /**
   * Replaces one programme month, idempotent, in a transaction of its own. @throws
   * cn.minzheng.payments.MonthLockedException when the month's roster is approved (nothing
   * changes).
   */
  public MonthReplaced run(Programme programme, YearMonth month) {
    return ownTransaction.execute(status -> replace(programme, month));
  }

  private MonthReplaced replace(Programme programme, YearMonth month) {
    LocalDate start = month.atDay(1);
    jdbc.sql("delete from children.allowance_payment where month = ? and programme = ?")
        .params(start, programme.name())
        .update();
    List<String> categories =
        jdbc.sql("select code from children.category where programme = ? order by sort_order")
            .param(programme.name())
            .query(String.class)
            .list();
    for (String category : categories) {
      jdbc.sql(PAY_CATEGORY)
          .params(
              Map.of(
                  "month", start,
                  "category", category,
                  "programme", programme.name()))
          .update();
    }
    return entitlements.replaceMonthFrom(
        programme,
        month,
        """
        select a.person_id, a.amount,
               k.label || ' ' || case a.care_type when 'INSTITUTION' then '机构养育' else '散居' end,
               a.region_code, 'CHILD-' || a.case_id
          from children.allowance_payment a join children.category k on k.code = a.category
         where a.month = ? and a.programme = ?""",
        start,
        programme.name());
  }
}
