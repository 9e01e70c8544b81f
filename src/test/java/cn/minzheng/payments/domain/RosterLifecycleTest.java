package cn.minzheng.payments.domain;

import static cn.minzheng.payments.PaymentsTestData.CITY;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG_COMMUNITY;
import static cn.minzheng.payments.PaymentsTestData.QINGYANG;
import static cn.minzheng.payments.PaymentsTestData.QINGYANG_COMMUNITY;
import static cn.minzheng.payments.PaymentsTestData.as;
import static cn.minzheng.payments.PaymentsTestData.dibao;
import static cn.minzheng.payments.PaymentsTestData.staff;
import static cn.minzheng.payments.PaymentsTestData.uniqueMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rosters from draft to reconciled: per district totals, maker-checker, immutability after approval
 * (also against direct SQL as the application role), the bank file with full account numbers, the
 * return file (twice: no change), re-issue of failures exactly once, and crashes half way through
 * drafting and import.
 */
@SpringBootTest
class RosterLifecycleTest {

  @Autowired Entitlements entitlements;
  @Autowired PayeeAccounts accounts;
  @Autowired RosterDrafting drafting;
  @Autowired RosterApproval approval;
  @Autowired BankFileExport export;
  @Autowired ReturnFileImport returns;
  @Autowired Reconciliation reconciliation;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;

  private final StaffUser maker = staff(CITY, Role.CITY_ADMIN);
  private final StaffUser checker = staff(JINJIANG, Role.DISTRICT_APPROVER);

  record Month(YearMonth month, long a, long b, long q) {}

  /** 甲 910.00 and 乙 455.50 in 锦江区, 丙 860.00 in 青羊区, each with an account. */
  private Month month() {
    YearMonth month = uniqueMonth();
    long a = registry.person("名册甲", JINJIANG_COMMUNITY).id();
    long b = registry.person("名册乙", JINJIANG_COMMUNITY).id();
    long q = registry.person("名册丙", QINGYANG_COMMUNITY).id();
    as(maker, () -> accounts.register(a, "名册甲", "成都农商银行", "6222021234567890128"));
    as(maker, () -> accounts.register(b, "名册乙", "成都农商银行", "6222029876543210987"));
    as(maker, () -> accounts.register(q, "名册丙", "成都银行", "6230581111222233339"));
    try (EntitlementBatch batch = entitlements.open(Programme.DIBAO, month)) {
      batch.add(dibao(a, "910.00", JINJIANG_COMMUNITY));
      batch.add(dibao(b, "455.50", JINJIANG_COMMUNITY));
      batch.add(dibao(q, "860.00", QINGYANG_COMMUNITY));
      batch.replaceMonth();
    }
    return new Month(month, a, b, q);
  }

  @Test
  void draftsOneRosterPerDistrictWithPeopleAndTotalAndRedraftNeverDuplicates() {
    Month m = month();
    as(maker, () -> drafting.draft(Programme.DIBAO, m.month(), maker));
    as(maker, () -> drafting.draft(Programme.DIBAO, m.month(), maker));
    RosterSummary jinjiang = roster(m.month(), JINJIANG);
    RosterSummary qingyang = roster(m.month(), QINGYANG);
    assertThat(jinjiang.people()).isEqualTo(2);
    assertThat(jinjiang.totalAmount()).isEqualByComparingTo("1365.50");
    assertThat(qingyang.people()).isEqualTo(1);
    assertThat(qingyang.totalAmount()).isEqualByComparingTo("860.00");
    assertThat(lineCount(jinjiang.id())).isEqualTo(2);
    assertThat(jinjiang.state()).isEqualTo(RosterState.DRAFT);
  }

  @Test
  void aLineNeedsAnExistingRosterAndARosterWithLinesCannotBeDeleted() {
    Month m = month();
    as(maker, () -> drafting.draft(Programme.DIBAO, m.month(), maker));
    RosterSummary jinjiang = roster(m.month(), JINJIANG);
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        """
                        insert into payments.roster_line (roster_id, person_id, region_code,
                                                          amount, kind)
                        values (-1, ?, '510104001001', 1, 'REGULAR')""")
                    .param(m.a())
                    .update())
        .hasMessageContaining("roster -1 does not exist");
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from payments.roster where id = ?").param(jinjiang.id()).update())
        .hasMessageContaining("still has lines");
    assertThat(lineCount(jinjiang.id())).isEqualTo(2);
  }

  @Test
  void makerCannotApproveOwnRosterNeitherInCodeNorInDatabase() {
    Month m = month();
    StaffUser districtMaker = staff(JINJIANG, Role.DISTRICT_APPROVER);
    as(districtMaker, () -> drafting.draft(Programme.DIBAO, m.month(), districtMaker));
    long id = roster(m.month(), JINJIANG).id();

    assertThatThrownBy(() -> as(districtMaker, () -> approval.approve(id, districtMaker)))
        .isInstanceOfSatisfying(
            RosterRuleViolation.class, e -> assertThat(e.code()).isEqualTo("maker-is-checker"));
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "update payments.roster set state = 'APPROVED', approved_by_id = made_by_id,"
                            + " approved_by = made_by, approved_at = now() where id = ?")
                    .param(id)
                    .update())
        .isInstanceOf(Exception.class);

    RosterSummary approved = as(checker, () -> approval.approve(id, checker));
    assertThat(approved.state()).isEqualTo(RosterState.APPROVED);
    assertThat(approved.madeBy()).isEqualTo(districtMaker.username());
    assertThat(approved.approvedBy()).isEqualTo(checker.username());
  }

  @Test
  void aLineToAnUnknownAccountOrReissuedLineIsRefusedAndAccountsCannotBeDeleted() {
    Month m = month();
    as(maker, () -> drafting.draft(Programme.DIBAO, m.month(), maker));
    long draft = roster(m.month(), JINJIANG).id();
    String line =
        "insert into payments.roster_line (roster_id, person_id, region_code, amount, kind,"
            + " account_id, reissue_of) values (?, ?, ?, 1.00, 'ADJUSTMENT', ?, ?)";
    assertThatThrownBy(
            () ->
                jdbc.sql(line)
                    .params(draft, m.a(), JINJIANG_COMMUNITY, Long.MAX_VALUE, null)
                    .update())
        .hasMessageContaining("payee account " + Long.MAX_VALUE + " does not exist");
    assertThatThrownBy(
            () ->
                jdbc.sql(line)
                    .params(draft, m.a(), JINJIANG_COMMUNITY, null, Long.MAX_VALUE)
                    .update())
        .hasMessageContaining("roster line " + Long.MAX_VALUE + " does not exist");
    assertThat(lineCount(draft)).isEqualTo(2);
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from payments.payee_account where person_id = ?")
                    .param(m.a())
                    .update())
        .rootCause()
        .hasMessageContaining("permission denied");
  }

  @Test
  void approvedRosterIsImmutableEvenByDirectSqlAsApplicationRole() {
    Month m = month();
    long id = approvedJinjiang(m);
    assertThatThrownBy(
            () ->
                jdbc.sql("update payments.roster_line set amount = 1 where roster_id = ?")
                    .param(id)
                    .update())
        .hasMessageContaining("immutable");
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from payments.roster_line where roster_id = ?").param(id).update())
        .hasMessageContaining("immutable");
    assertThatThrownBy(
            () ->
                jdbc.sql("update payments.roster set total_amount = 1 where id = ?")
                    .param(id)
                    .update())
        .hasMessageContaining("immutable");
    assertThatThrownBy(
            () ->
                jdbc.sql("update payments.roster set state = 'DRAFT' where id = ?")
                    .param(id)
                    .update())
        .hasMessageContaining("immutable");
    // and redrafting the month leaves the approved roster as it was
    assertThat(lineCount(id)).isEqualTo(2);
    as(maker, () -> drafting.draft(Programme.DIBAO, m.month(), maker));
    assertThat(lineCount(id)).isEqualTo(2);
    assertThat(as(checker, () -> approval.rosters().get(id)).state())
        .isEqualTo(RosterState.APPROVED);
  }

  @Test
  void bankFileHasFullAccountNumbersAndMarksRosterSent() {
    Month m = month();
    long id = approvedJinjiang(m);
    String csv = exportCsv(id);
    assertThat(csv).contains("6222021234567890128", "6222029876543210987", "910.00", "455.50");
    assertThat(csv).doesNotContain("6230581111222233339");
    assertThat(as(checker, () -> approval.rosters().get(id)).state()).isEqualTo(RosterState.SENT);
    long audited =
        jdbc.sql(
                "select count(*) from platform.audit_log where action = 'payments.roster.export'"
                    + " and target_id = ?")
            .param(String.valueOf(id))
            .query(Long.class)
            .single();
    assertThat(audited).isEqualTo(1);
  }

  @Test
  void sameReturnFileTwiceChangesNothing() {
    Month m = month();
    long id = approvedJinjiang(m);
    exportCsv(id);
    List<Long> lines = lineIds(id);
    byte[] file = returnFile(lines.get(0) + ",910.00,成功,", lines.get(1) + ",455.50,失败,账户已销户");

    ReturnImported first = as(checker, () -> returns.importFile(id, "r.csv", file, checker));
    ReturnImported second = as(checker, () -> returns.importFile(id, "r.csv", file, checker));

    assertThat(List.of(first.paid(), first.failed())).containsExactly(1, 1);
    assertThat(first.reconciled()).isTrue();
    assertThat(second.duplicate()).isTrue();
    assertThat(resultCount(id)).isEqualTo(2);
    Reconciliation.Totals totals = as(checker, () -> reconciliation.totals(id));
    assertThat(totals.paidAmount()).isEqualByComparingTo("910.00");
    assertThat(totals.failedAmount()).isEqualByComparingTo("455.50");
    assertThat(totals.missing()).isZero();
  }

  @Test
  void failedPaymentIsReissuedInLaterRosterOnlyOnce() {
    Month m = month();
    long id = approvedJinjiang(m);
    exportCsv(id);
    List<Long> lines = lineIds(id);
    byte[] file = returnFile(lines.get(0) + ",910.00,成功,", lines.get(1) + ",455.50,失败,户名不符");
    as(checker, () -> returns.importFile(id, "r.csv", file, checker));

    YearMonth next = m.month().plusMonths(1);
    as(maker, () -> drafting.draft(Programme.DIBAO, next, maker));
    as(maker, () -> drafting.draft(Programme.DIBAO, next, maker));
    RosterSummary later = roster(next, JINJIANG);
    assertThat(reissuesOf(lines.get(1))).isEqualTo(1);
    assertThat(later.totalAmount()).isEqualByComparingTo("455.50");
    as(checker, () -> approval.approve(later.id(), checker));

    YearMonth afterNext = next.plusMonths(1);
    as(maker, () -> drafting.draft(Programme.DIBAO, afterNext, maker));
    assertThat(reissuesOf(lines.get(1))).isEqualTo(1);
    assertThat(reissuesOf(lines.get(0))).isZero();
  }

  @Test
  void draftingKilledHalfWayLeavesNoRosterAndRerunHasEachEntitlementOnce() {
    Month m = month();
    assertThatThrownBy(
            () ->
                as(
                    maker,
                    () ->
                        drafting.draft(
                            Programme.DIBAO,
                            m.month(),
                            maker,
                            () -> {
                              throw new IllegalStateException("killed");
                            })))
        .hasMessage("killed");
    assertThat(rosterCount(m.month())).isZero();

    as(maker, () -> drafting.draft(Programme.DIBAO, m.month(), maker));
    long lines =
        jdbc.sql(
                """
                select count(*) from payments.roster_line l join payments.roster r on r.id = l.roster_id
                 where r.programme = 'DIBAO' and r.month = ?""")
            .param(m.month().atDay(1))
            .query(Long.class)
            .single();
    assertThat(lines).isEqualTo(3);
  }

  @Test
  void importKilledHalfWayLeavesNoResultAndRerunRecordsEachLineOnce() {
    Month m = month();
    long id = approvedJinjiang(m);
    exportCsv(id);
    List<Long> lines = lineIds(id);
    byte[] file = returnFile(lines.get(0) + ",910.00,成功,", lines.get(1) + ",455.50,成功,");

    // one row per chunk; the connection is killed after the first row was written
    assertThatThrownBy(
            () ->
                as(
                    checker,
                    () ->
                        returns.importFile(
                            id,
                            "r.csv",
                            file,
                            checker,
                            1,
                            done ->
                                jdbc.sql("select pg_terminate_backend(pg_backend_pid())")
                                    .query()
                                    .singleRow())))
        .isInstanceOf(Exception.class);
    assertThat(resultCount(id)).isZero();
    assertThat(as(checker, () -> approval.rosters().get(id)).state()).isEqualTo(RosterState.SENT);

    ReturnImported rerun = as(checker, () -> returns.importFile(id, "r.csv", file, checker));
    assertThat(rerun.paid()).isEqualTo(2);
    assertThat(resultCount(id)).isEqualTo(2);
    assertThat(as(checker, () -> approval.rosters().get(id)).state())
        .isEqualTo(RosterState.RECONCILED);
  }

  @Test
  void returnFileWithWrongAmountIsRefusedWithLineNumber() {
    Month m = month();
    long id = approvedJinjiang(m);
    exportCsv(id);
    List<Long> lines = lineIds(id);
    byte[] file = returnFile(lines.get(0) + ",910.00,成功,", lines.get(1) + ",455.00,成功,");
    assertThatThrownBy(() -> as(checker, () -> returns.importFile(id, "r.csv", file, checker)))
        .isInstanceOf(ReturnFileRejected.class)
        .hasMessageContaining("第3行");
    assertThat(resultCount(id)).isZero();
  }

  private long approvedJinjiang(Month m) {
    as(maker, () -> drafting.draft(Programme.DIBAO, m.month(), maker));
    long id = roster(m.month(), JINJIANG).id();
    as(checker, () -> approval.approve(id, checker));
    return id;
  }

  private String exportCsv(long id) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    as(
        checker,
        () -> {
          export.export(id, BankFileExport.Format.CSV, checker, out);
          return null;
        });
    return out.toString(StandardCharsets.UTF_8);
  }

  private static byte[] returnFile(String... rows) {
    return ("流水号,金额,结果,原因\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private RosterSummary roster(YearMonth month, String district) {
    return jdbc.sql(
            "select * from payments.roster where programme = 'DIBAO' and month = ?"
                + " and district_code = ?")
        .params(month.atDay(1), district)
        .query(Rosters::summary)
        .single();
  }

  private long rosterCount(YearMonth month) {
    return jdbc.sql("select count(*) from payments.roster where programme = 'DIBAO' and month = ?")
        .param(month.atDay(1))
        .query(Long.class)
        .single();
  }

  private List<Long> lineIds(long roster) {
    return jdbc.sql("select id from payments.roster_line where roster_id = ? order by amount desc")
        .param(roster)
        .query(Long.class)
        .list();
  }

  private long lineCount(long roster) {
    return lineIds(roster).size();
  }

  private long resultCount(long roster) {
    return jdbc.sql(
            "select count(*) from payments.payment_result pr join payments.roster_line l"
                + " on l.id = pr.line_id where l.roster_id = ?")
        .param(roster)
        .query(Long.class)
        .single();
  }

  private long reissuesOf(long line) {
    return jdbc.sql("select count(*) from payments.roster_line where reissue_of = ?")
        .param(line)
        .query(Long.class)
        .single();
  }
}
