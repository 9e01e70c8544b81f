package cn.minzheng.disability;

import static cn.minzheng.disability.SubsidyTestSupport.asStreet;
import static cn.minzheng.disability.SubsidyTestSupport.await;
import static cn.minzheng.disability.SubsidyTestSupport.paid;
import static cn.minzheng.disability.SubsidyTestSupport.rated;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.disability.device.DeviceCatalogue;
import cn.minzheng.disability.device.DeviceRentals;
import cn.minzheng.disability.device.DeviceRentals.Channel;
import cn.minzheng.disability.subsidy.MonthlySubsidyRun;
import cn.minzheng.disability.subsidy.NewlyEligible;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A death recorded in error and withdrawn (§5, §8): the subsidies stopped from the month after the
 * death come back, with arrears for an approved month equal to what the death recovered (care
 * subsidy, grade 1, 90 yuan in 2022); the rental the death cancelled is reopened while its unit is
 * still in stock; the trail shows both sides; the withdrawal delivered twice changes nothing.
 */
@SpringBootTest
class DisabilityDeathWithdrawnTest {

  static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 10);
  static final String DISTRICT = "510104000000";

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired MonthlySubsidyRun run;
  @Autowired NewlyEligible newlyEligible;
  @Autowired DeviceCatalogue catalogue;
  @Autowired DeviceRentals rentals;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;

  @Test
  void aWithdrawnDeathPaysBackTheRecoveredApprovedMonthOnceAndRecomputesTheOthers() {
    long person =
        registry
            .disabledPerson(
                "误报死亡", RegistryTestData.COMMUNITY, DisabilityCategory.VISUAL, 1, LONG_AGO)
            .id();
    await(jdbc, () -> rated(jdbc, person, 1));
    run.run(Subsidy.CARE, YearMonth.of(2022, 3));
    asStreet(
        RegistryTestData.STREET,
        () -> {
          newlyEligible.confirm(person, Subsidy.CARE, "test");
          return null;
        });
    run.run(Subsidy.CARE, YearMonth.of(2022, 4));
    run.run(Subsidy.CARE, YearMonth.of(2022, 5));
    approve("DISABILITY_CARE", YearMonth.of(2022, 4));
    assertThat(care(person, "2022-04-01")).contains(new BigDecimal("90.00"));

    // died on the last day of March: April (approved) is recovered, May (open) recomputed
    recordDeath(person, LocalDate.of(2022, 3, 31));
    await(jdbc, () -> adjustments(person, "2022-04-01").compareTo(new BigDecimal("-90")) == 0);
    assertThat(care(person, "2022-05-01")).isEmpty();
    assertThat(care(person, "2022-03-01")).contains(new BigDecimal("90.00"));

    withdraw(person);
    await(jdbc, () -> adjustments(person, "2022-04-01").signum() == 0);
    assertThat(care(person, "2022-05-01")).contains(new BigDecimal("90.00"));
    assertThat(adjustmentLines(person)).containsExactlyInAnyOrder("-90.00", "90.00");

    redeliver(person, LocalDate.of(2022, 3, 31));
    assertThat(adjustmentLines(person)).containsExactlyInAnyOrder("-90.00", "90.00");
    assertThat(care(person, "2022-05-01")).contains(new BigDecimal("90.00"));
    assertThat(trail(person)).contains("DEATH 残疾人福利", "DEATH_WITHDRAWN 残疾人福利").hasSize(2);
  }

  @Test
  void aWithdrawnDeathReopensTheCancelledRentalWhileItsUnitIsInStockAndOnlyOnce() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long item = catalogue.item("助行器-" + tag, "助行器", BigDecimal.ONE, BigDecimal.TEN, 0);
    long point = catalogue.point("撤销服务点-" + tag, RegistryTestData.COMMUNITY, "测试路7号");
    catalogue.addUnits(item, point, 1, tag);
    long person = registry.person("租用人误报", RegistryTestData.COMMUNITY).id();
    long rental = rentals.order(person, item, point, 10, Channel.PORTAL, "citizen");
    rentals.handOut(rental, LocalDate.of(2026, 5, 1));

    recordDeath(person, LocalDate.of(2026, 5, 2));
    await(jdbc, () -> "CANCELLED".equals(rentals.find(rental).status()));
    assertThat(catalogue.inStock(item, point)).isEqualTo(1);

    withdraw(person);
    await(jdbc, () -> "OUT".equals(rentals.find(rental).status()));
    assertThat(catalogue.inStock(item, point)).isZero();
    assertThat(messages(person, "辅具租赁：死亡登记已撤销")).isEqualTo(1);

    redeliver(person, LocalDate.of(2026, 5, 2));
    assertThat(rentals.find(rental).status()).isEqualTo("OUT");
    assertThat(messages(person, "辅具租赁：死亡登记已撤销")).isEqualTo(1);
    assertThat(trail(person)).containsExactlyInAnyOrder("DEATH 残疾人福利", "DEATH_WITHDRAWN 残疾人福利");
  }

  @Test
  void aRentalWhoseUnitWasRentedAgainStaysCancelledAndThePersonIsAskedToOrderAgain() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long item = catalogue.item("轮椅-" + tag, "轮椅", BigDecimal.ONE, BigDecimal.TEN, 0);
    long point = catalogue.point("另租服务点-" + tag, RegistryTestData.COMMUNITY, "测试路9号");
    catalogue.addUnits(item, point, 1, tag);
    long person = registry.person("租用人误报二", RegistryTestData.COMMUNITY).id();
    long other = registry.person("另一租用人", RegistryTestData.COMMUNITY).id();
    long rental = rentals.order(person, item, point, 10, Channel.PORTAL, "citizen");

    recordDeath(person, LocalDate.of(2026, 5, 2));
    await(jdbc, () -> "CANCELLED".equals(rentals.find(rental).status()));
    rentals.order(other, item, point, 10, Channel.POINT, "point");

    withdraw(person);
    await(jdbc, () -> messages(person, "辅具租赁：死亡登记已撤销") == 1);
    assertThat(rentals.find(rental).status()).isEqualTo("CANCELLED");
    assertThat(catalogue.inStock(item, point)).isZero();
  }

  private void recordDeath(long person, LocalDate day) {
    RegistryTestData.as(
        RegistryTestData.auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER),
        () -> personCommands.recordDeath(person, new DeathReport(day, "COMMUNITY", null, "测试")));
  }

  private void withdraw(long person) {
    RegistryTestData.as(
        RegistryTestData.auth(DISTRICT, Role.DISTRICT_APPROVER),
        () -> {
          personCommands.withdrawDeath(person, "医院误报，本人健在");
          return null;
        });
  }

  /** The withdrawal delivered a second time. */
  private void redeliver(long person, LocalDate day) {
    tx.executeWithoutResult(
        s ->
            events.publishEvent(
                new DeathWithdrawn(person, day, RegistryTestData.COMMUNITY, "再次送达")));
    await(jdbc, () -> true);
  }

  private void approve(String programme, YearMonth month) {
    jdbc.sql(
            """
            insert into payments.roster (programme, month, district_code, state, made_by_id,
                   made_by, made_at, approved_by_id, approved_by, approved_at)
            values (?, ?, ?, 'APPROVED', 1, 'maker', now(), 2, 'checker', now())
            on conflict do nothing""")
        .params(programme, month.atDay(1), DISTRICT)
        .update();
  }

  private java.util.Optional<BigDecimal> care(long person, String month) {
    return paid(jdbc, person, "DISABILITY_CARE", month);
  }

  private BigDecimal adjustments(long person, String month) {
    return jdbc.sql(
            "select coalesce(sum(amount), 0) from payments.adjustment_fact where person_id = ?"
                + " and programme = 'DISABILITY_CARE' and for_month = cast(? as date)")
        .params(person, month)
        .query(BigDecimal.class)
        .single();
  }

  /**
   * The lines for April 2022, the month this test approves: another test's approved month (any
   * district: an approved roster locks the month) gives this back-dated recipient arrears there.
   */
  private List<String> adjustmentLines(long person) {
    return jdbc.sql(
            "select amount::text from payments.adjustment_fact where person_id = ?"
                + " and programme = 'DISABILITY_CARE' and for_month = date '2022-04-01'")
        .param(person)
        .query(String.class)
        .list();
  }

  private List<String> trail(long person) {
    return jdbc.sql(
            "select event || ' ' || module from lifeevents.trail_entry where person_id = ?"
                + " and module = '残疾人福利'")
        .param(person)
        .query(String.class)
        .list();
  }

  private int messages(long person, String subject) {
    return jdbc.sql(
            "select count(*) from portal.citizen_message where person_id = ? and subject = ?")
        .params(person, subject)
        .query(Integer.class)
        .single();
  }
}
