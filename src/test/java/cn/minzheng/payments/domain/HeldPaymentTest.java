package cn.minzheng.payments.domain;

import static cn.minzheng.payments.PaymentsTestData.CITY;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG_COMMUNITY;
import static cn.minzheng.payments.PaymentsTestData.QINGYANG;
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
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A line without a valid account never enters a bank file: it waits, held, in the work queue; once
 * an account is recorded the next roster run pays it, once, and both rosters reconcile.
 */
@SpringBootTest
class HeldPaymentTest {

  @Autowired Entitlements entitlements;
  @Autowired PayeeAccounts accounts;
  @Autowired RosterDrafting drafting;
  @Autowired RosterApproval approval;
  @Autowired BankFileExport export;
  @Autowired ReturnFileImport returns;
  @Autowired Reconciliation reconciliation;
  @Autowired HeldPayments held;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;

  private final StaffUser maker = staff(CITY, Role.CITY_ADMIN);
  private final StaffUser checker = staff(JINJIANG, Role.DISTRICT_APPROVER);

  @Test
  void aLineWithoutAccountWaitsAndIsPaidOnceInTheNextFileAfterTheAccountIsRecorded() {
    YearMonth month = uniqueMonth();
    long a = registry.person("暂缓甲", JINJIANG_COMMUNITY).id();
    long b = registry.person("暂缓乙", JINJIANG_COMMUNITY).id();
    long c = registry.person("暂缓丙", JINJIANG_COMMUNITY).id();
    as(maker, () -> accounts.register(a, "暂缓甲", "成都农商银行", "6222021234567890128"));
    as(maker, () -> accounts.register(b, "暂缓乙", "成都农商银行", "6222029876543210987"));
    entitle(month, a, "910.00", b, "455.50", c, "700.00");

    long first = draftAndApprove(month);
    String file = exportCsv(first);
    List<String> rows = dataRows(file);
    assertThat(rows).hasSize(2);
    assertThat(file).contains("910.00", "455.50").doesNotContain("700.00");
    long heldLine = lineOf(first, c);
    assertThat(rows).noneMatch(r -> r.startsWith(serial(heldLine)));
    assertThat(rows).anyMatch(r -> r.startsWith(serial(lineOf(first, a))));

    // the bank cannot answer a line it never got
    assertThatThrownBy(
            () ->
                as(
                    checker,
                    () ->
                        returns.importFile(
                            first, "x.csv", returnFile(heldLine + ",700.00,成功,"), checker)))
        .isInstanceOf(ReturnFileRejected.class);
    ReturnImported answered =
        as(
            checker,
            () ->
                returns.importFile(
                    first,
                    "r1.csv",
                    returnFile(lineOf(first, a) + ",910.00,成功,", lineOf(first, b) + ",455.50,成功,"),
                    checker));
    assertThat(answered.reconciled()).isTrue();
    Reconciliation.Totals totals = as(checker, () -> reconciliation.totals(first));
    assertThat(totals.paid()).isEqualTo(2);
    assertThat(totals.paidAmount()).isEqualByComparingTo("1365.50");
    assertThat(totals.missing()).isZero();
    assertThat(totals.held()).isEqualTo(1);
    assertThat(totals.heldAmount()).isEqualByComparingTo("700.00");
    assertThat(totals.heldPaidLater()).isZero();

    // waiting in the work queue, for a Jinjiang approver, not for a Qingyang one
    assertThat(heldIds(checker)).contains(heldLine);
    assertThat(heldIds(staff(QINGYANG, Role.DISTRICT_APPROVER))).doesNotContain(heldLine);

    // a run before any account is recorded does not pay it
    YearMonth next = month.plusMonths(1);
    entitle(next, a, "910.00", b, "455.50", c, "700.00");
    as(maker, () -> drafting.draft(Programme.DIBAO, next, maker));
    assertThat(paymentsOf(heldLine)).isZero();

    as(
        checker,
        () ->
            held.recordAccount(
                c, new HeldPayments.AccountForm("暂缓丙", "成都银行", "6230 5811 1122 2233 339")));
    assertThat(as(checker, () -> held.search(null, JINJIANG, page())).items())
        .filteredOn(h -> h.lineId() == heldLine)
        .singleElement()
        .satisfies(h -> assertThat(h.accountRecorded()).isTrue());

    long second = draftAndApprove(next);
    assertThat(paymentsOf(heldLine)).isEqualTo(1);
    String secondFile = exportCsv(second);
    List<String> secondRows = dataRows(secondFile);
    // c's own month (700.00) and last month's held 700.00, both into the account just recorded
    assertThat(secondRows).hasSize(4);
    assertThat(secondRows.stream().filter(r -> r.contains("6230581111222233339")).count())
        .isEqualTo(2);
    long deferred = deferredLineFor(heldLine);
    assertThat(secondRows)
        .anyMatch(
            r -> r.startsWith(serial(deferred)) && r.contains("700.00") && r.endsWith("\"暂缓后补发\""));
    StringBuilder answer = new StringBuilder();
    lineIds(second)
        .forEach(id -> answer.append(id).append(',').append(amount(id)).append(",成功,\n"));
    ReturnImported secondAnswer =
        as(
            checker,
            () ->
                returns.importFile(
                    second,
                    "r2.csv",
                    ("流水号,金额,结果,原因\n" + answer).getBytes(StandardCharsets.UTF_8),
                    checker));
    assertThat(secondAnswer.reconciled()).isTrue();
    assertThat(secondAnswer.paid()).isEqualTo(4);
    assertThat(as(checker, () -> reconciliation.totals(first)).heldPaidLater()).isEqualTo(1);
    assertThat(heldIds(checker)).doesNotContain(heldLine);

    // paid once only: the month after carries nothing of it again
    YearMonth third = next.plusMonths(1);
    entitle(third, a, "910.00", b, "455.50", c, "700.00");
    as(maker, () -> drafting.draft(Programme.DIBAO, third, maker));
    assertThat(paymentsOf(heldLine)).isEqualTo(1);
    BigDecimal paidToC =
        jdbc.sql(
                """
                select sum(l.amount) from payments.roster_line l
                  join payments.payment_result pr on pr.line_id = l.id and pr.status = 'PAID'
                 where l.person_id = ?""")
            .param(c)
            .query(BigDecimal.class)
            .single();
    assertThat(paidToC).isEqualByComparingTo("1400.00"); // two months of 700.00, each once
  }

  @Test
  void anAccountFailingItsCheckDigitHoldsTheLineAndStaffCannotRecordSuchANumber() {
    YearMonth month = uniqueMonth();
    long a = registry.person("校验甲", JINJIANG_COMMUNITY).id();
    long b = registry.person("校验乙", JINJIANG_COMMUNITY).id();
    as(maker, () -> accounts.register(a, "校验甲", "成都农商银行", "6222021234567890128"));
    // a programme handed in the number with its last digit mistyped
    as(maker, () -> accounts.register(b, "校验乙", "成都农商银行", "6222021234567890123"));
    entitle(month, a, "910.00", b, "455.50", null, null);

    long id = draftAndApprove(month);
    var lines =
        as(
            checker,
            () ->
                approval
                    .rosters()
                    .lines(id, PageQuery.of(1, 50, "id", "asc", Rosters.SORTS, "id")));
    assertThat(lines.items())
        .filteredOn(l -> l.personId() == b)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.exceptions()).contains(LineException.INVALID_ACCOUNT);
              assertThat(l.held()).isTrue();
            });
    assertThat(dataRows(exportCsv(id))).hasSize(1);

    assertThatThrownBy(
            () ->
                as(
                    checker,
                    () ->
                        held.recordAccount(
                            b,
                            new HeldPayments.AccountForm("校验乙", "成都农商银行", "6222029876543210986"))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldMessages())
                    .singleElement()
                    .satisfies(
                        f -> {
                          assertThat(f.field()).isEqualTo("accountNumber");
                          assertThat(f.message()).contains("校验位");
                        }));
    // a person with no held payment in the caller's scope is not found
    assertThatThrownBy(
            () ->
                as(
                    staff(QINGYANG, Role.DISTRICT_APPROVER),
                    () ->
                        held.recordAccount(
                            b,
                            new HeldPayments.AccountForm("校验乙", "成都农商银行", "6222029876543210987"))))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(
            () ->
                as(
                    checker,
                    () ->
                        held.recordAccount(
                            a,
                            new HeldPayments.AccountForm("校验甲", "成都农商银行", "6222029876543210987"))))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void aRosterWhoseEveryLineIsHeldIsSettledWhenSentForTheBankHasNothingToAnswer() {
    YearMonth month = uniqueMonth();
    long c = registry.person("全缓", JINJIANG_COMMUNITY).id();
    entitle(month, c, "700.00", null, null, null, null);
    long id = draftAndApprove(month);
    assertThat(dataRows(exportCsv(id))).isEmpty();
    assertThat(as(checker, () -> approval.rosters().get(id)).state())
        .isEqualTo(RosterState.RECONCILED);
  }

  private void entitle(YearMonth month, Object... personAmounts) {
    as(
        maker,
        () -> {
          try (EntitlementBatch batch = entitlements.open(Programme.DIBAO, month)) {
            for (int i = 0; i < personAmounts.length; i += 2) {
              if (personAmounts[i] != null) {
                batch.add(
                    dibao(
                        (Long) personAmounts[i],
                        (String) personAmounts[i + 1],
                        JINJIANG_COMMUNITY));
              }
            }
            return batch.replaceMonth();
          }
        });
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

  /** How a line's serial number opens its row of the bank file (cells are quoted). */
  private static String serial(long line) {
    return "\"" + line + "\",";
  }

  /** The CSV's rows after its header. */
  private static List<String> dataRows(String csv) {
    return Arrays.stream(csv.split("\r\n")).skip(1).filter(r -> !r.isBlank()).toList();
  }

  private static byte[] returnFile(String... rows) {
    return ("流水号,金额,结果,原因\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private List<Long> heldIds(StaffUser user) {
    return as(user, () -> held.search(Programme.DIBAO, null, page())).items().stream()
        .map(HeldPayments.HeldLine::lineId)
        .toList();
  }

  private static PageQuery page() {
    return PageQuery.of(1, 500, "id", "asc", java.util.Set.of("id"), "id");
  }

  private long lineOf(long roster, long person) {
    return jdbc.sql("select id from payments.roster_line where roster_id = ? and person_id = ?")
        .params(roster, person)
        .query(Long.class)
        .single();
  }

  private List<Long> lineIds(long roster) {
    return jdbc.sql(
            "select id from payments.roster_line where roster_id = ?"
                + " and account_issue is null order by id")
        .param(roster)
        .query(Long.class)
        .list();
  }

  private String amount(long line) {
    return jdbc.sql("select amount from payments.roster_line where id = ?")
        .param(line)
        .query(BigDecimal.class)
        .single()
        .toPlainString();
  }

  private long paymentsOf(long line) {
    return jdbc.sql(
            "select count(*) from payments.roster_line where reissue_of = ? and kind = 'DEFERRED'")
        .param(line)
        .query(Long.class)
        .single();
  }

  private long deferredLineFor(long line) {
    return jdbc.sql("select id from payments.roster_line where reissue_of = ?")
        .param(line)
        .query(Long.class)
        .single();
  }
}
