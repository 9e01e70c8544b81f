package cn.minzheng.payments.domain;

import static cn.minzheng.payments.PaymentsTestData.CITY;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG_COMMUNITY;
import static cn.minzheng.payments.PaymentsTestData.as;
import static cn.minzheng.payments.PaymentsTestData.dibao;
import static cn.minzheng.payments.PaymentsTestData.staff;
import static cn.minzheng.payments.PaymentsTestData.uniqueMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.payments.Entitlement;
import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.MonthReplaced;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One entitlement per person, programme and month; re-submission replaces until approval. */
@SpringBootTest
class EntitlementMonthTest {

  @Autowired Entitlements entitlements;
  @Autowired JdbcEntitlements jdbcEntitlements;
  @Autowired RosterDrafting drafting;
  @Autowired RosterApproval approval;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;

  private final StaffUser maker = staff(CITY, Role.CITY_ADMIN);
  private final StaffUser checker = staff(JINJIANG, Role.DISTRICT_APPROVER);

  @Test
  void databaseRefusesSecondEntitlementForSamePersonProgrammeAndMonth() {
    long person = registry.person("唯一", JINJIANG_COMMUNITY).id();
    String insert =
        "insert into payments.entitlement (person_id, programme, month, amount, basis, region_code)"
            + " values (?, 'DIBAO', date '2023-01-01', 910.00, 'x', ?)";
    jdbc.sql(insert).params(person, JINJIANG_COMMUNITY).update();
    assertThatThrownBy(() -> jdbc.sql(insert).params(person, JINJIANG_COMMUNITY).update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void databaseRefusesAnUnknownProgrammeAndAChangedProgramme() {
    long person = registry.person("项目", JINJIANG_COMMUNITY).id();
    String insert =
        "insert into payments.entitlement (person_id, programme, month, amount, basis, region_code)"
            + " values (?, ?, date '2023-02-01', 910.00, 'x', ?)";
    assertThatThrownBy(
            () -> jdbc.sql(insert).params(person, "NO_SUCH_PROGRAMME", JINJIANG_COMMUNITY).update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("NO_SUCH_PROGRAMME");
    jdbc.sql(insert).params(person, "DIBAO", JINJIANG_COMMUNITY).update();
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "update payments.entitlement set programme = 'TEKUN'"
                            + " where person_id = ? and month = date '2023-02-01'")
                    .param(person)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () -> jdbc.sql("delete from payments.programme where code = 'ORPHAN'").update())
        .rootCause()
        .hasMessageContaining("permission denied");
  }

  @Test
  void resubmittingMonthBeforeApprovalReplacesAndNeverDuplicates() {
    YearMonth month = uniqueMonth();
    long a = registry.person("甲", JINJIANG_COMMUNITY).id();
    long b = registry.person("乙", JINJIANG_COMMUNITY).id();
    long c = registry.person("丙", JINJIANG_COMMUNITY).id();
    MonthReplaced first =
        submit(
            month, dibao(a, "910.00", JINJIANG_COMMUNITY), dibao(b, "455.50", JINJIANG_COMMUNITY));
    assertThat(first.inserted()).isEqualTo(2);
    assertThat(first.total()).isEqualByComparingTo("1365.50");

    // b's income changed (amount 300.00), a unchanged, c new: one insert, one update.
    MonthReplaced second =
        submit(
            month,
            dibao(a, "910.00", JINJIANG_COMMUNITY),
            dibao(b, "300.00", JINJIANG_COMMUNITY),
            dibao(c, "860.00", JINJIANG_COMMUNITY));
    assertThat(List.of(second.inserted(), second.updated(), second.removed()))
        .containsExactly(1L, 1L, 0L);
    assertThat(second.people()).isEqualTo(3);
    assertThat(second.total()).isEqualByComparingTo("2070.00");

    // c stopped: removed, nothing duplicated.
    MonthReplaced third =
        submit(
            month, dibao(a, "910.00", JINJIANG_COMMUNITY), dibao(b, "300.00", JINJIANG_COMMUNITY));
    assertThat(third.removed()).isEqualTo(1);
    assertThat(rowsOf(month)).isEqualTo(2);
  }

  @Test
  void replacingMonthIsRefusedOnceItsRosterIsApproved() {
    YearMonth month = uniqueMonth();
    long a = registry.person("锁定", JINJIANG_COMMUNITY).id();
    submit(month, dibao(a, "910.00", JINJIANG_COMMUNITY));
    as(maker, () -> drafting.draft(Programme.DIBAO, month, maker));
    long roster = rosterOf(month);
    as(checker, () -> approval.approve(roster, checker));

    assertThatThrownBy(() -> submit(month, dibao(a, "1.00", JINJIANG_COMMUNITY)))
        .isInstanceOf(MonthLockedException.class);
    BigDecimal amount =
        jdbc.sql("select amount from payments.entitlement where person_id = ? and month = ?")
            .params(a, month.atDay(1))
            .query(BigDecimal.class)
            .single();
    assertThat(amount).isEqualByComparingTo("910.00");
  }

  @Test
  void monthReplacementKilledHalfWayLeavesOldMonthAndRerunGivesEachPersonOnce() {
    YearMonth month = uniqueMonth();
    long a = registry.person("崩溃甲", JINJIANG_COMMUNITY).id();
    long b = registry.person("崩溃乙", JINJIANG_COMMUNITY).id();
    submit(month, dibao(a, "910.00", JINJIANG_COMMUNITY));

    CopyBatch batch = (CopyBatch) entitlements.open(Programme.DIBAO, month);
    batch.add(dibao(a, "800.00", JINJIANG_COMMUNITY));
    batch.add(dibao(b, "860.00", JINJIANG_COMMUNITY));
    // The connection dies after the rows were upserted, before the commit.
    assertThatThrownBy(() -> batch.replaceMonth(this::killConnection))
        .isInstanceOf(Exception.class);
    batch.close();
    assertThat(rowsOf(month)).isEqualTo(1);
    assertThat(sumOf(month)).isEqualByComparingTo("910.00");

    submit(month, dibao(a, "800.00", JINJIANG_COMMUNITY), dibao(b, "860.00", JINJIANG_COMMUNITY));
    assertThat(rowsOf(month)).isEqualTo(2);
    assertThat(sumOf(month)).isEqualByComparingTo("1660.00");
    // the crashed batch's staged rows were discarded, the re-run's moved in
    assertThat(
            jdbc.sql("select count(*) from payments.entitlement_staging")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void monthCanBeReplacedFromAProgrammeQuery() {
    YearMonth month = uniqueMonth();
    long a = registry.person("查询", JINJIANG_COMMUNITY).id();
    String query =
        "select cast(? as bigint), cast(910.00 as numeric(12,2)), '差额', cast(? as text),"
            + " cast(null as text)";
    MonthReplaced first =
        entitlements.replaceMonthFrom(Programme.DIBAO, month, query, a, JINJIANG_COMMUNITY);
    MonthReplaced again =
        entitlements.replaceMonthFrom(Programme.DIBAO, month, query, a, JINJIANG_COMMUNITY);
    assertThat(first.inserted()).isEqualTo(1);
    assertThat(List.of(again.inserted(), again.updated(), again.removed()))
        .containsExactly(0L, 0L, 0L);
    assertThat(rowsOf(month)).isEqualTo(1);
  }

  @Test
  void aPersonTwiceInTheFirstRunOfAMonthIsRefusedAndNothingIsStored() {
    YearMonth month = uniqueMonth();
    long a = registry.person("重复", JINJIANG_COMMUNITY).id();
    String twice =
        "select cast(? as bigint), cast(910.00 as numeric(12,2)), '差额', cast(? as text),"
            + " cast(null as text) from generate_series(1, 2)";
    assertThatThrownBy(
            () ->
                entitlements.replaceMonthFrom(Programme.DIBAO, month, twice, a, JINJIANG_COMMUNITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("appears twice");
    assertThat(rowsOf(month)).isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from payments.month_region_total where programme = 'DIBAO'"
                        + " and month = ?")
                .param(month.atDay(1))
                .query(Long.class)
                .single())
        .isZero();
  }

  private void killConnection() {
    jdbc.sql("select pg_terminate_backend(pg_backend_pid())").query().singleRow();
  }

  private MonthReplaced submit(YearMonth month, Entitlement... rows) {
    try (EntitlementBatch batch = entitlements.open(Programme.DIBAO, month)) {
      for (Entitlement row : rows) {
        batch.add(row);
      }
      return batch.replaceMonth();
    }
  }

  private long rowsOf(YearMonth month) {
    return jdbc.sql(
            "select count(*) from payments.entitlement where programme = 'DIBAO' and month = ?")
        .param(month.atDay(1))
        .query(Long.class)
        .single();
  }

  private BigDecimal sumOf(YearMonth month) {
    return jdbc.sql(
            "select sum(amount) from payments.entitlement where programme = 'DIBAO' and month = ?")
        .param(month.atDay(1))
        .query(BigDecimal.class)
        .single();
  }

  private long rosterOf(YearMonth month) {
    return jdbc.sql(
            "select id from payments.roster where programme = 'DIBAO' and month = ? and district_code = ?")
        .params(month.atDay(1), JINJIANG)
        .query(Long.class)
        .single();
  }
}
