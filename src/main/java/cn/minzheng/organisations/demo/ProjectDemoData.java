package cn.minzheng.organisations.demo;

import cn.minzheng.organisations.projects.GrantPayments;
import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code minzheng.demo.enabled=true}, once (guarded by the demo calls), after the demo
 * register: the brief's 605 special-fund projects at full size (a city-wide count, small) over
 * three decided calls (200, 200 and 205 approved, with about a sixth of the applicants not
 * approved), each application scored by three reviewers, the grants handed to payments, mid-term
 * evaluations of the two older calls and final ones of the oldest; and a fourth call open today
 * with applications waiting for review. Applicants are organisations in normal standing on no list;
 * set-based SQL.
 */
@Component
@Order(402)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class ProjectDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ProjectDemoData.class);

  static final int[] APPROVED = {200, 200, 205};
  static final int REJECTED_PER_CALL = 40;
  static final int WAITING = 30;

  private final JdbcClient jdbc;
  private final GrantPayments payments;
  private final PayeeAccounts accounts;

  ProjectDemoData(JdbcClient jdbc, GrantPayments payments, PayeeAccounts accounts) {
    this.jdbc = jdbc;
    this.payments = payments;
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean done =
        jdbc.sql("select exists (select 1 from organisations.project_call where demo)")
            .query(Boolean.class)
            .single();
    if (done) {
      return;
    }
    long started = System.currentTimeMillis();
    LocalDate today = ChinaTime.today();
    for (int i = 0; i < APPROVED.length; i++) {
      // calls opened 20, 14 and 8 months ago, a month long, decided 45 days after closing
      LocalDate opens = today.minusMonths(20 - 6L * i).withDayOfMonth(1);
      long call = call(opens, opens.plusDays(30), "社会组织专项资金（第" + (i + 1) + "批）");
      applications(call, opens.plusDays(5), APPROVED[i] + REJECTED_PER_CALL);
      scores(call, opens.plusDays(40), APPROVED[i]);
      decide(call, opens.plusDays(75), APPROVED[i]);
      evaluations(call, opens, i);
    }
    long open = call(today.minusDays(7), today.plusDays(23), "社会组织专项资金（本期）");
    applications(open, today.minusDays(3), WAITING);
    jdbc.sql(
            """
            insert into organisations.project_score (application_id, reviewer, score, scored_on)
            select a.id, 'expert1', 60 + abs(hashtext(a.id::text)) % 35, a.submitted_on + 1
              from organisations.project_application a where a.call_id = ? and a.id % 2 = 0""")
        .param(open)
        .update();
    List<LocalDate> months =
        jdbc.sql(
                "select distinct g.pay_month from organisations.project_grant g"
                    + " join organisations.project_application a on a.id = g.application_id"
                    + " where a.demo order by 1")
            .query(LocalDate.class)
            .list();
    months.forEach(m -> payments.submit(YearMonth.from(m)));
    log.info(
        "Demo special-fund projects: 4 calls, {} approved, grants in {} pay months, in {} ms",
        APPROVED[0] + APPROVED[1] + APPROVED[2],
        months.size(),
        System.currentTimeMillis() - started);
  }

  private long call(LocalDate opens, LocalDate closes, String title) {
    return jdbc.sql(
            """
            insert into organisations.project_call (year, title, budget, categories, opens_on,
                   closes_on, criteria, min_reviewers, pass_score, demo, created_by)
            values (?, ?, 20000000.00,
                    array['ELDERLY', 'CHILDREN', 'DISABILITY', 'ASSISTANCE', 'COMMUNITY', 'CHARITY'],
                    ?, ?, '项目设计30分、执行能力30分、预算合理性20分、社会效益20分', 3, 60, true, 'demo')
            returning id""")
        .params(opens.getYear(), opens.getYear() + "年" + title, opens, closes)
        .query(Long.class)
        .single();
  }

  /** {@code n} organisations in normal standing on no list, picked by a hash of the call. */
  private void applications(long call, LocalDate on, int n) {
    jdbc.sql(
            """
            insert into organisations.project_application (call_id, organisation_id,
                   organisation_name, region_code, title, category, requested, summary,
                   submitted_on, submitted_by, demo)
            select ?, o.id, o.name, o.region_code,
                   (array['长者助餐与探访', '困境儿童课后陪伴', '残疾人康复支持', '困难家庭帮扶',
                          '社区议事协商', '邻里互助慈善'])[1 + o.id % 6] || '项目',
                   (array['ELDERLY', 'CHILDREN', 'DISABILITY', 'ASSISTANCE', 'COMMUNITY', 'CHARITY'])[1 + o.id % 6],
                   20000 + (abs(hashtext(o.id::text || ?)) % 16) * 5000,
                   '面向辖区群众开展为期一年的服务，预计服务300人次。', ?, 'demo', true
              from organisations.organisation o
             where o.status = 'NORMAL' and o.legal_representative_id is not null
               and not exists (select 1 from organisations.listing l
                                where l.organisation_id = o.id and l.removed_on is null)
             order by md5(o.id::text || ?) limit ?""")
        .params(call, "" + call, on, "" + call, n)
        .update();
  }

  /**
   * Three reviewers each; the {@code approved} first by a hash score 65–94, the rest 40–59, so the
   * ranking and the pass score decide as they would.
   */
  private void scores(long call, LocalDate on, int approved) {
    jdbc.sql(
            """
            with ranked as (
              select a.id, row_number() over (order by md5(a.id::text)) as n
                from organisations.project_application a where a.call_id = ?)
            insert into organisations.project_score (application_id, reviewer, score, scored_on)
            select r.id, 'expert' || e, case when r.n <= ? then 65 + abs(hashtext(r.id::text || e)) % 30
                                             else 40 + abs(hashtext(r.id::text || e)) % 20 end, ?
              from ranked r cross join generate_series(1, 3) e""")
        .params(call, approved, on)
        .update();
  }

  /** Approves those with an average of 60 or more at 90 % of the request, rejects the others. */
  private void decide(long call, LocalDate on, int approved) {
    jdbc.sql(
            """
            update organisations.project_application a
               set status = case when s.average >= 60 then 'APPROVED' else 'REJECTED' end,
                   approved_amount = case when s.average >= 60 then round(a.requested * 0.9, -2) end,
                   decided_on = ?, decided_by = 'demo',
                   decision_note = case when s.average < 60 then '评审平均分低于60分' end
              from (select application_id, avg(score) as average from organisations.project_score
                     group by application_id) s
             where s.application_id = a.id and a.call_id = ?""")
        .params(on, call)
        .update();
    Map<Long, Long> payees = organisationPayees(call);
    jdbc.sql(
            """
            insert into organisations.project_grant (application_id, grant_number, amount,
                   payee_id, payee_person_id, region_code, pay_month)
            select a.id,
                   '成民专资' || extract(year from a.decided_on)::int || '-'
                     || lpad(nextval('organisations.project_grant_seq')::text, 5, '0'),
                   a.approved_amount, p.payee_id,
                   case when p.payee_id is null then o.legal_representative_id end,
                   a.region_code, date_trunc('month', a.decided_on)::date
              from organisations.project_application a
              join organisations.organisation o on o.id = a.organisation_id
              left join unnest(cast(? as bigint[]), cast(? as bigint[])) p(organisation_id, payee_id)
                     on p.organisation_id = o.id
             where a.call_id = ? and a.status = 'APPROVED' order by a.id""")
        .params(payees.keySet().toArray(Long[]::new), payees.values().toArray(Long[]::new), call)
        .update();
    log.debug("call {}: {} approved", call, approved);
  }

  /**
   * The approved registered organisations of the call as payees with a demo bank account in their
   * own name (organisation id → payee id); filed ones are paid through their responsible person.
   */
  private Map<Long, Long> organisationPayees(long call) {
    Map<Long, Long> payees = new LinkedHashMap<>();
    jdbc.sql(
            """
            select o.id, o.credit_code, o.name
              from organisations.project_application a
              join organisations.organisation o on o.id = a.organisation_id
             where a.call_id = ? and a.status = 'APPROVED' and o.credit_code is not null""")
        .param(call)
        .query(
            rs -> {
              long payee = accounts.organisation(rs.getString(2), rs.getString(3));
              if (accounts.activeAccount(payee).isEmpty()) {
                accounts.register(
                    payee,
                    rs.getString(3),
                    BANKS[(int) (rs.getLong(1) % BANKS.length)],
                    "6222" + String.format("%015d", rs.getLong(1)));
              }
              payees.put(rs.getLong(1), payee);
            });
    return payees;
  }

  private static final String[] BANKS = {"中国工商银行成都分行", "中国建设银行成都分行", "成都农商银行"};

  /**
   * Mid-term evaluations six months after opening for the two older calls; finals for the oldest.
   */
  private void evaluations(long call, LocalDate opens, int index) {
    if (index == APPROVED.length - 1) {
      return;
    }
    jdbc.sql(
            """
            insert into organisations.project_evaluation (application_id, stage, result, findings,
                   evaluated_on, evaluated_by)
            select a.id, 'MID_TERM', (array['EXCELLENT', 'GOOD', 'GOOD', 'PASS', 'PASS', 'FAIL'])[1 + a.id % 6],
                   '按计划推进，台账基本完整', ?, 'demo'
              from organisations.project_application a where a.call_id = ? and a.status = 'APPROVED'""")
        .params(opens.plusMonths(6), call)
        .update();
    if (index == 0) {
      jdbc.sql(
              """
              insert into organisations.project_evaluation (application_id, stage, result, findings,
                     evaluated_on, evaluated_by)
              select a.id, 'FINAL', (array['EXCELLENT', 'GOOD', 'PASS', 'PASS', 'GOOD', 'FAIL'])[1 + a.id % 6],
                     '完成项目目标，经费使用规范', ?, 'demo'
                from organisations.project_application a where a.call_id = ? and a.status = 'APPROVED'""")
          .params(opens.plusMonths(13), call)
          .update();
    }
  }
}
