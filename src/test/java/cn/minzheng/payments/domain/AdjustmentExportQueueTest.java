package cn.minzheng.payments.domain;

import static cn.minzheng.payments.PaymentsTestData.CITY;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG_COMMUNITY;
import static cn.minzheng.payments.PaymentsTestData.as;
import static cn.minzheng.payments.PaymentsTestData.dibao;
import static cn.minzheng.payments.PaymentsTestData.staff;
import static cn.minzheng.payments.PaymentsTestData.uniqueMonth;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import cn.minzheng.registry.RegistryFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Arrears paid in a later roster once; the Excel bank file; the 待办 entry of drafts. */
@SpringBootTest
class AdjustmentExportQueueTest {

  @Autowired Entitlements entitlements;
  @Autowired PayeeAccounts accounts;
  @Autowired RosterDrafting drafting;
  @Autowired RosterApproval approval;
  @Autowired BankFileExport export;
  @Autowired List<WorkQueueSource> queues;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;

  private final StaffUser maker = staff(CITY, Role.CITY_ADMIN);
  private final StaffUser checker = staff(JINJIANG, Role.DISTRICT_APPROVER);

  @Test
  void arrearsForApprovedMonthArePaidOnceInTheRosterOfThePayMonth() {
    YearMonth month = uniqueMonth();
    long a = registry.person("补发", JINJIANG_COMMUNITY).id();
    submit(month, a, "860.00");
    long approved = draftAndApprove(month);
    // the standard rose from 860 to 910 for this month after approval: 50.00 arrears next month
    for (int i = 0; i < 2; i++) {
      as(
          maker,
          () -> {
            entitlements.adjust(
                a,
                Programme.DIBAO,
                month,
                month.plusMonths(1),
                new BigDecimal("50.00"),
                "标准调整补发",
                JINJIANG_COMMUNITY);
            return null;
          });
    }
    as(maker, () -> drafting.draft(Programme.DIBAO, month.plusMonths(1), maker));
    as(maker, () -> drafting.draft(Programme.DIBAO, month.plusMonths(1), maker));
    List<BigDecimal> adjustmentLines =
        jdbc.sql(
                """
                select l.amount from payments.roster_line l join payments.roster r on r.id = l.roster_id
                 where l.person_id = ? and l.kind = 'ADJUSTMENT' and r.month = ?""")
            .params(a, month.plusMonths(1).atDay(1))
            .query(BigDecimal.class)
            .list();
    assertThat(adjustmentLines)
        .singleElement()
        .satisfies(v -> assertThat(v).isEqualByComparingTo("50.00"));
    assertThat(lineCount(approved)).isEqualTo(1);
  }

  @Test
  void excelBankFileKeepsFullAccountNumberAsText() throws Exception {
    YearMonth month = uniqueMonth();
    long a = registry.person("表格", JINJIANG_COMMUNITY).id();
    as(maker, () -> accounts.register(a, "表格", "成都农商银行", "6222021234567890128"));
    submit(month, a, "910.00");
    long id = draftAndApprove(month);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    as(
        checker,
        () -> {
          export.export(id, BankFileExport.Format.XLSX, checker, out);
          return null;
        });
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var row = book.getSheetAt(0).getRow(1);
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo("6222021234567890128");
      assertThat(row.getCell(4).getStringCellValue()).isEqualTo("910.00");
    }
  }

  @Test
  void draftsWaitInTheQueueOfAnotherApproverNotOfTheirMaker() {
    YearMonth month = uniqueMonth();
    long a = registry.person("待办", JINJIANG_COMMUNITY).id();
    submit(month, a, "910.00");
    StaffUser districtMaker = staff(JINJIANG, Role.DISTRICT_APPROVER);
    as(districtMaker, () -> drafting.draft(Programme.DIBAO, month, districtMaker));
    long ownDrafts = draftsMadeBy(districtMaker);

    assertThat(pending(checker)).isGreaterThanOrEqualTo(1);
    assertThat(pending(districtMaker)).isEqualTo(pending(checker) - ownDrafts);
    // a district's draft waits at that district's office, never at the city's (rosters are drafted
    // per district, so the city has none of its own)
    assertThat(pending(staff(CITY, Role.CITY_ADMIN))).isZero();
    assertThat(pending(staff(JINJIANG_COMMUNITY, Role.COMMUNITY_WORKER))).isZero();
  }

  private long pending(StaffUser user) {
    return queues.stream()
        .flatMap(q -> q.pendingFor(user).stream())
        .filter(e -> e.kind().equals("payments.roster.approve"))
        .mapToLong(WorkQueueSource.WorkQueueEntry::count)
        .sum();
  }

  private long draftsMadeBy(StaffUser user) {
    return jdbc.sql("select count(*) from payments.roster where state = 'DRAFT' and made_by_id = ?")
        .param(user.id())
        .query(Long.class)
        .single();
  }

  private void submit(YearMonth month, long person, String amount) {
    try (EntitlementBatch batch = entitlements.open(Programme.DIBAO, month)) {
      batch.add(dibao(person, amount, JINJIANG_COMMUNITY));
      batch.replaceMonth();
    }
  }

  private long draftAndApprove(YearMonth month) {
    as(maker, () -> drafting.draft(Programme.DIBAO, month, maker));
    long id =
        jdbc.sql(
                "select id from payments.roster where programme = 'DIBAO' and month = ?"
                    + " and district_code = ?")
            .params(month.atDay(1), JINJIANG)
            .query(Long.class)
            .single();
    as(checker, () -> approval.approve(id, checker));
    return id;
  }

  private long lineCount(long roster) {
    return jdbc.sql("select count(*) from payments.roster_line where roster_id = ?")
        .param(roster)
        .query(Long.class)
        .single();
  }
}
