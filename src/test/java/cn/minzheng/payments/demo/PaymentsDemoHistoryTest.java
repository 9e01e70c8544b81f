package cn.minzheng.payments.demo;

import static cn.minzheng.payments.PaymentsTestData.JINJIANG_COMMUNITY;
import static cn.minzheng.payments.PaymentsTestData.QINGYANG_COMMUNITY;
import static cn.minzheng.payments.PaymentsTestData.as;
import static cn.minzheng.payments.PaymentsTestData.dibao;
import static cn.minzheng.payments.PaymentsTestData.staff;
import static cn.minzheng.payments.PaymentsTestData.uniqueMonth;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.Programme;
import cn.minzheng.payments.domain.BankFileExport;
import cn.minzheng.payments.domain.ReturnFileImport;
import cn.minzheng.payments.domain.RosterApproval;
import cn.minzheng.payments.domain.RosterDrafting;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The demo's paid months go through drafting, approval by another user, bank file and return. */
@SpringBootTest
class PaymentsDemoHistoryTest {

  @Autowired JdbcClient jdbc;
  @Autowired Entitlements entitlements;
  @Autowired cn.minzheng.payments.PayeeAccounts accounts;
  @Autowired RegistryFixtures registry;
  @Autowired RosterDrafting drafting;
  @Autowired RosterApproval approval;
  @Autowired BankFileExport export;
  @Autowired ReturnFileImport returns;

  @Test
  void aDemoMonthEndsReconciledWithEveryLineAnsweredByTheBank() {
    YearMonth month = uniqueMonth();
    StaffUser city = staff("510100000000", Role.CITY_ADMIN);
    long a = registry.person("演示甲", JINJIANG_COMMUNITY).id();
    long q = registry.person("演示乙", QINGYANG_COMMUNITY).id();
    // 乙 has no account: the line is held out of the bank file, 青羊区's roster settles as sent
    as(city, () -> accounts.register(a, "演示甲", "成都农商银行", "6222021234567890128"));
    as(
        city,
        () -> {
          try (EntitlementBatch batch = entitlements.open(Programme.DIBAO, month)) {
            batch.add(dibao(a, "910.00", JINJIANG_COMMUNITY));
            batch.add(dibao(q, "860.00", QINGYANG_COMMUNITY));
            return batch.replaceMonth();
          }
        });
    var history = new PaymentsDemoHistory(jdbc, drafting, approval, export, returns);

    int paid =
        history.payMonth(
            Programme.DIBAO,
            month,
            staff("510100000000", Role.CITY_ADMIN),
            staff("510100000000", Role.CITY_ADMIN));

    assertThat(paid).isEqualTo(2); // 锦江区 and 青羊区
    assertThat(
            jdbc.sql(
                    """
                    select distinct r.state, r.approved_by_id <> r.made_by_id
                      from payments.roster r where r.programme = 'DIBAO' and r.month = ?""")
                .param(month.atDay(1))
                .query((rs, n) -> rs.getString(1) + ":" + rs.getBoolean(2))
                .list())
        .containsExactly("RECONCILED:true");
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from payments.roster_line l
                      join payments.roster r on r.id = l.roster_id
                      left join payments.payment_result p on p.line_id = l.id
                     where r.programme = 'DIBAO' and r.month = ? and p.line_id is null
                       and l.account_issue is null""")
                .param(month.atDay(1))
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from payments.roster_line l
                      join payments.roster r on r.id = l.roster_id
                     where r.programme = 'DIBAO' and r.month = ? and l.person_id = ?
                       and l.account_issue = 'MISSING'""")
                .params(month.atDay(1), q)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theCurrentMonthIsLeftDraftedForEachDistrictApproverToApprove() {
    YearMonth month = uniqueMonth();
    long a = registry.person("待审甲", JINJIANG_COMMUNITY).id();
    StaffUser city = staff("510100000000", Role.CITY_ADMIN);
    as(
        city,
        () -> {
          try (EntitlementBatch batch = entitlements.open(Programme.DIBAO, month)) {
            batch.add(dibao(a, "910.00", JINJIANG_COMMUNITY));
            return batch.replaceMonth();
          }
        });
    StaffUser maker = staff("510100000000", Role.CITY_ADMIN);
    var history = new PaymentsDemoHistory(jdbc, drafting, approval, export, returns);

    int waiting;
    try {
      waiting = history.draftForApproval(month, maker);
    } finally {
      SecurityContextHolder.clearContext();
    }

    assertThat(waiting).isEqualTo(1);

    // 锦江区's roster waits, drafted by the demo's maker: its approver (another user) may approve
    assertThat(
            jdbc.sql(
                    """
                    select r.state || ':' || r.district_code || ':' || (r.made_by_id = ?)
                      from payments.roster r where r.programme = 'DIBAO' and r.month = ?""")
                .params(maker.id(), month.atDay(1))
                .query(String.class)
                .list())
        .containsExactly("DRAFT:510104000000:true");
  }
}
