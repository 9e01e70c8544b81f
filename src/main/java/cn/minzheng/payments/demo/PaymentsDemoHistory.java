package cn.minzheng.payments.demo;

import cn.minzheng.payments.Programme;
import cn.minzheng.payments.domain.BankFileExport;
import cn.minzheng.payments.domain.ReturnFileImport;
import cn.minzheng.payments.domain.RosterApproval;
import cn.minzheng.payments.domain.RosterDrafting;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo: the months before the current one paid as in life — every programme month the demo
 * programmes left as entitlements is drafted by one user, approved by another, sent to the bank and
 * reconciled from a bank return file (about 1 % failed, to be re-issued in the current month's
 * roster). Through the module's own services, so the rosters, audit trail and reconciliation pages
 * hold what a real half year leaves; the current month is drafted and left for the district
 * approvers. Runs after the programmes' demos; once.
 */
@Component
@Order(900)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class PaymentsDemoHistory implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PaymentsDemoHistory.class);
  private static final String CITY = "510100000000";

  private final JdbcClient jdbc;
  private final RosterDrafting drafting;
  private final RosterApproval approval;
  private final BankFileExport export;
  private final ReturnFileImport returns;

  PaymentsDemoHistory(
      JdbcClient jdbc,
      RosterDrafting drafting,
      RosterApproval approval,
      BankFileExport export,
      ReturnFileImport returns) {
    this.jdbc = jdbc;
    this.drafting = drafting;
    this.approval = approval;
    this.export = export;
    this.returns = returns;
  }

  private record ProgrammeMonth(Programme programme, YearMonth month) {}

  @Override
  public void run(ApplicationArguments args) {
    boolean done =
        jdbc.sql("select exists (select 1 from payments.roster where state <> 'DRAFT')")
            .query(Boolean.class)
            .single();
    if (done) {
      return;
    }
    StaffUser maker =
        new StaffUser(-901, "demo-roster-maker", "演示制表人", CITY, Set.of(Role.CITY_ADMIN));
    StaffUser checker =
        new StaffUser(-902, "demo-roster-checker", "演示审核人", CITY, Set.of(Role.CITY_ADMIN));
    LocalDate thisMonth = YearMonth.from(ChinaTime.today()).atDay(1);
    List<ProgrammeMonth> months =
        jdbc.sql(
                """
                select distinct programme, month from payments.entitlement
                 where month < ? order by month, programme""")
            .param(thisMonth)
            .query(
                (rs, n) ->
                    new ProgrammeMonth(
                        Programme.valueOf(rs.getString(1)),
                        YearMonth.from(rs.getObject(2, LocalDate.class))))
            .list();
    long started = System.currentTimeMillis();
    int rosters = 0;
    try {
      for (ProgrammeMonth pm : months) {
        rosters += payMonth(pm.programme(), pm.month(), maker, checker);
      }
      draftForApproval(YearMonth.from(thisMonth), maker);
    } finally {
      SecurityContextHolder.clearContext();
    }
    log.info(
        "Payments demo: {} rosters approved, sent and reconciled over {} programme months in {} ms",
        rosters,
        months.size(),
        System.currentTimeMillis() - started);
  }

  /** Drafts, approves, sends and reconciles one programme month; answers the rosters paid. */
  int payMonth(Programme programme, YearMonth month, StaffUser maker, StaffUser checker) {
    ProgrammeMonth pm = new ProgrammeMonth(programme, month);
    as(maker);
    drafting.draft(programme, month, maker);
    as(checker);
    List<Long> ids = draftIds(pm);
    for (long id : ids) {
      pay(id, checker);
    }
    return ids.size();
  }

  /**
   * Drafts the month's rosters of every programme and leaves them unapproved: on the day the demo
   * starts each district approver finds this month's rosters in the 待办 to check and approve (the
   * maker is the demo's, so the approver may). Answers the rosters waiting.
   */
  int draftForApproval(YearMonth month, StaffUser maker) {
    List<Programme> programmes =
        jdbc.sql("select distinct programme from payments.entitlement where month = ? order by 1")
            .param(month.atDay(1))
            .query((rs, n) -> Programme.valueOf(rs.getString(1)))
            .list();
    as(maker);
    int waiting = 0;
    for (Programme programme : programmes) {
      waiting += drafting.draft(programme, month, maker);
    }
    return waiting;
  }

  private void pay(long rosterId, StaffUser checker) {
    approval.approve(rosterId, checker);
    export.export(rosterId, BankFileExport.Format.CSV, checker, new ByteArrayOutputStream());
    StringBuilder file = new StringBuilder("流水号,金额,结果,原因\n");
    jdbc.sql(
            "select id, amount from payments.roster_line"
                + " where roster_id = ? and account_issue is null order by id")
        .param(rosterId)
        .query(
            rs -> {
              long line = rs.getLong(1);
              file.append(line).append(',').append(rs.getBigDecimal(2).toPlainString());
              file.append(line % 97 == 0 ? ",失败,账户已销户\n" : ",成功,\n");
            });
    if (file.indexOf("\n") == file.length() - 1) {
      return; // every line held for want of an account: nothing went to the bank
    }
    returns.importFile(
        rosterId,
        "demo-return-" + rosterId + ".csv",
        file.toString().getBytes(StandardCharsets.UTF_8),
        checker);
  }

  private List<Long> draftIds(ProgrammeMonth pm) {
    return jdbc.sql(
            """
            select id from payments.roster
             where programme = ? and month = ? and state = 'DRAFT' order by id""")
        .params(pm.programme().name(), pm.month().atDay(1))
        .query(Long.class)
        .list();
  }

  private static void as(StaffUser user) {
    SecurityContextHolder.getContext().setAuthentication(StaffAuthentication.of(user));
  }
}
