package cn.minzheng.payments.domain;

import static cn.minzheng.payments.PaymentsTestData.CITY;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG_COMMUNITY;
import static cn.minzheng.payments.PaymentsTestData.QINGYANG;
import static cn.minzheng.payments.PaymentsTestData.as;
import static cn.minzheng.payments.PaymentsTestData.staff;
import static cn.minzheng.payments.PaymentsTestData.uniqueMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.payments.Entitlement;
import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the approver sees flagged: against last month, by account, by the registry's deaths. */
@SpringBootTest
class RosterExceptionsTest {

  @Autowired Entitlements entitlements;
  @Autowired PayeeAccounts accounts;
  @Autowired RosterDrafting drafting;
  @Autowired Rosters rosters;
  @Autowired RosterExceptions exceptions;
  @Autowired PersonCommands personCommands;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;

  private final StaffUser maker = staff(CITY, Role.CITY_ADMIN);
  private final StaffUser approver = staff(JINJIANG, Role.DISTRICT_APPROVER);

  @Test
  void flagsChangedNewDroppedAndAccountProblemsAgainstLastMonth() {
    YearMonth month = uniqueMonth();
    YearMonth last = month.minusMonths(1);
    long same = person("不变", true);
    long changed = person("调整", true);
    long fresh = registry.person("新增", JINJIANG_COMMUNITY).id(); // new, and no account
    long gone = person("停发", true);
    long mistyped = person("错号", false);
    entitle(
        Programme.DIBAO,
        last,
        Map.of(same, "910.00", changed, "455.50", gone, "300.00", mistyped, "200.00"));
    entitle(
        Programme.DIBAO,
        month,
        Map.of(same, "910.00", changed, "500.00", fresh, "700.00", mistyped, "200.00"));
    as(maker, () -> drafting.draft(Programme.DIBAO, month, maker));
    long id = rosterId(Programme.DIBAO, month);

    RosterExceptions.Summary summary = as(approver, () -> exceptions.of(id));
    assertThat(summary.lines()).isEqualTo(4);
    assertThat(summary.counts())
        .containsEntry(LineException.NO_ACCOUNT, 1L)
        .containsEntry(LineException.INVALID_ACCOUNT, 1L)
        .containsEntry(LineException.AMOUNT_CHANGED, 1L)
        .containsEntry(LineException.NEW, 1L)
        .containsEntry(LineException.DECEASED, 0L);
    assertThat(summary.held()).isEqualTo(2);
    assertThat(summary.heldAmount()).isEqualByComparingTo("900.00"); // 700.00 + 200.00
    assertThat(summary.payable()).isEqualTo(2);
    assertThat(summary.dropped()).isEqualTo(1);
    assertThat(summary.droppedShown())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.personId()).isEqualTo(gone);
              assertThat(d.personName()).isEqualTo("停*"); // masked: two characters keep the surname
              assertThat(d.previousAmount()).isEqualByComparingTo("300.00");
            });

    List<RosterLine> changedLines = lines(id, LineException.AMOUNT_CHANGED);
    assertThat(changedLines)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.personId()).isEqualTo(changed);
              assertThat(l.previousAmount()).isEqualByComparingTo("455.50");
              assertThat(l.amount()).isEqualByComparingTo("500.00");
              assertThat(l.exceptions()).containsExactly(LineException.AMOUNT_CHANGED);
            });
    assertThat(lines(id, LineException.NEW))
        .extracting(RosterLine::personId)
        .containsExactly(fresh);
    assertThat(lines(id, LineException.NO_ACCOUNT))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.exceptions())
                    .containsExactly(LineException.NO_ACCOUNT, LineException.NEW));
    assertThat(lines(id, null))
        .filteredOn(l -> l.personId() == same)
        .singleElement()
        .satisfies(l -> assertThat(l.exceptions()).isEmpty());

    // a Qingyang approver does not see the Jinjiang roster's exceptions at all
    assertThatThrownBy(() -> as(staff(QINGYANG, Role.DISTRICT_APPROVER), () -> exceptions.of(id)))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void aOneOffProgrammeHasNoNewChangedOrDroppedForEveryoneIsNewEachMonth() {
    YearMonth month = uniqueMonth();
    long once = person("临时", true);
    long before = person("上月", true);
    entitle(Programme.LINSHI, month.minusMonths(1), Map.of(before, "1000.00"));
    entitle(Programme.LINSHI, month, Map.of(once, "1500.00"));
    as(maker, () -> drafting.draft(Programme.LINSHI, month, maker));
    RosterExceptions.Summary summary =
        as(approver, () -> exceptions.of(rosterId(Programme.LINSHI, month)));
    assertThat(summary.counts()).containsEntry(LineException.NEW, 0L);
    assertThat(summary.dropped()).isZero();
  }

  /**
   * A benefit stops from the month after death: paying March to someone who died on 28 February is
   * an exception, to someone who died on 1 March it is not (the month of death is still due).
   */
  @Test
  void flagsAPaymentForAMonthAfterTheMonthOfDeath() {
    YearMonth march = YearMonth.of(2019, 3);
    long diedFebruary = person("二月故", true);
    long diedMarch = person("三月故", true);
    long alive = person("健在", true);
    died(diedFebruary, LocalDate.of(2019, 2, 28));
    died(diedMarch, LocalDate.of(2019, 3, 1));
    entitle(
        Programme.UNSUPPORTED_CHILD,
        march,
        Map.of(diedFebruary, "1200.00", diedMarch, "1200.00", alive, "1200.00"));
    as(maker, () -> drafting.draft(Programme.UNSUPPORTED_CHILD, march, maker));
    long id = rosterId(Programme.UNSUPPORTED_CHILD, march);

    assertThat(lines(id, LineException.DECEASED))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.personId()).isEqualTo(diedFebruary);
              assertThat(l.diedOn()).isEqualTo(LocalDate.of(2019, 2, 28));
            });
    assertThat(as(approver, () -> exceptions.of(id)).counts())
        .containsEntry(LineException.DECEASED, 1L);
  }

  private long person(String name, boolean validAccount) {
    long id = registry.person(name, JINJIANG_COMMUNITY).id();
    as(
        maker,
        () ->
            accounts.register(
                id, name, "成都农商银行", validAccount ? "6222021234567890128" : "6222021234567890123"));
    return id;
  }

  private void died(long person, LocalDate day) {
    RegistryTestData.as(
        RegistryTestData.auth(JINJIANG_COMMUNITY, Role.COMMUNITY_WORKER),
        () -> personCommands.recordDeath(person, new DeathReport(day, "COMMUNITY", null, "测试")));
  }

  private void entitle(Programme programme, YearMonth month, Map<Long, String> amounts) {
    as(
        maker,
        () -> {
          try (EntitlementBatch batch = entitlements.open(programme, month)) {
            amounts.forEach(
                (person, amount) ->
                    batch.add(
                        new Entitlement(
                            person, new BigDecimal(amount), "{}", JINJIANG_COMMUNITY, "C1")));
            return batch.replaceMonth();
          }
        });
  }

  private long rosterId(Programme programme, YearMonth month) {
    return jdbc.sql(
            "select id from payments.roster where programme = ? and month = ?"
                + " and district_code = ?")
        .params(programme.name(), month.atDay(1), JINJIANG)
        .query(Long.class)
        .single();
  }

  private List<RosterLine> lines(long roster, LineException exception) {
    return as(
            approver,
            () ->
                rosters.lines(
                    roster, exception, PageQuery.of(1, 100, "id", "asc", Rosters.SORTS, "id")))
        .items();
  }
}
