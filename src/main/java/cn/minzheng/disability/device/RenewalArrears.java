package cn.minzheng.disability.device;

import cn.minzheng.disability.subsidy.ApprovedMonths;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.DataScope;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A renewal that moves the due date over days already kept (overdue days, not subsidised when the
 * month was settled) makes them rented days: every month from the old due date's to the new one's
 * that payments holds already is settled again; a month whose roster is approved cannot change, so
 * the person's difference is paid as arrears in a later roster. Idempotent: a second delivery finds
 * no difference. Like the subsidies' corrections, each settlement and each arrears line is a
 * transaction of its own, and the listener holds no writes while it waits for them.
 */
@Component
class RenewalArrears {

  private final JdbcClient jdbc;
  private final RentalSubsidySettlement settlement;
  private final ApprovedMonths approved;
  private final Entitlements entitlements;
  private final DataScope scope;
  private final TransactionTemplate tx;

  RenewalArrears(
      JdbcClient jdbc,
      RentalSubsidySettlement settlement,
      ApprovedMonths approved,
      Entitlements entitlements,
      DataScope scope,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.settlement = settlement;
    this.approved = approved;
    this.entitlements = entitlements;
    this.scope = scope;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @ApplicationModuleListener
  void on(RentalRenewed renewed) {
    // a month is settled whole: across regions, whatever thread delivers the event
    scope.acrossRegions(() -> settleAgain(renewed));
  }

  private void settleAgain(RentalRenewed renewed) {
    YearMonth last = YearMonth.from(renewed.newDue());
    for (YearMonth month = YearMonth.from(renewed.oldDue());
        !month.isAfter(last);
        month = month.plusMonths(1)) {
      if (!settled(month)) {
        continue; // the nightly job settles it with the new due date
      }
      try {
        settlement.settle(month);
      } catch (MonthLockedException locked) {
        YearMonth approvedMonth = month;
        tx.executeWithoutResult(s -> payArrears(renewed, approvedMonth));
      }
    }
  }

  private boolean settled(YearMonth month) {
    return jdbc.sql(
            "select exists (select 1 from payments.entitlement_fact"
                + " where programme = 'DEVICE_RENTAL' and month = ?)")
        .param(month.atDay(1))
        .query(Boolean.class)
        .single();
  }

  private void payArrears(RentalRenewed renewed, YearMonth month) {
    long person = renewed.personId();
    BigDecimal should =
        jdbc.sql(
                "select coalesce((select q.amount from ("
                    + RentalSubsidySettlement.PAYABLE
                    + ") q where q.person_id = ?), 0)")
            .params(month.atDay(1), person)
            .query(BigDecimal.class)
            .single();
    BigDecimal difference = should.subtract(approved.held(person, Programme.DEVICE_RENTAL, month));
    if (difference.signum() == 0) {
      return;
    }
    String region =
        jdbc.sql("select residence_region_code from registry.person_fact where id = ?")
            .param(person)
            .query(String.class)
            .single();
    YearMonth payIn =
        approved.payMonth(
            person, Programme.DEVICE_RENTAL, month, YearMonth.from(ChinaTime.today()));
    entitlements.adjust(
        person,
        Programme.DEVICE_RENTAL,
        month,
        payIn,
        difference,
        (difference.signum() > 0 ? "补发：" : "追回：")
            + "续租覆盖逾期天数（原归还日期 "
            + renewed.oldDue()
            + "，续租至 "
            + renewed.newDue()
            + "）",
        region);
  }
}
