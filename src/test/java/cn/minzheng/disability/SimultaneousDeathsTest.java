package cn.minzheng.disability;

import static cn.minzheng.disability.SubsidyTestSupport.asStreet;
import static cn.minzheng.disability.SubsidyTestSupport.await;
import static cn.minzheng.disability.SubsidyTestSupport.rated;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.disability.subsidy.MonthlySubsidyRun;
import cn.minzheng.disability.subsidy.NewlyEligible;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several subsidy recipients die at once (§5: the subsidy stops from the month after death, an
 * approved month is recovered; care subsidy grade 1: 90 yuan in 2022): each death's listener
 * recomputes the same months at the same time. They once waited for each other for good (each held
 * the locks of its own corrections in its listener transaction while its month runs waited for the
 * others'), and every other module's events queued behind them. Every recipient's approved month is
 * recovered exactly once.
 */
@SpringBootTest
class SimultaneousDeathsTest {

  static final int RECIPIENTS = 8;

  /**
   * A district of its own (武侯区): an approved month locks the roster of one district, and the
   * arrears it causes for other tests' recipients would show in their assertions.
   */
  static final String DISTRICT = "510107000000";

  static final String STREET = "510107001000";
  static final String COMMUNITY = "510107001001";
  static final BigDecimal CARE_GRADE_1 = new BigDecimal("90.00");

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired MonthlySubsidyRun run;
  @Autowired NewlyEligible newlyEligible;
  @Autowired JdbcClient jdbc;

  @Test
  void eightDeathsRecomputingTheSameMonthsAtOnceEachRecoverTheApprovedMonthOnce() {
    List<Long> recipients = new ArrayList<>();
    for (int i = 0; i < RECIPIENTS; i++) {
      long person =
          registry
              .disabledPerson(
                  "同时死亡" + i, COMMUNITY, DisabilityCategory.VISUAL, 1, LocalDate.of(2021, 1, 10))
              .id();
      await(jdbc, () -> rated(jdbc, person, 1));
      recipients.add(person);
    }
    run.run(Subsidy.CARE, YearMonth.of(2022, 1));
    for (long person : recipients) {
      asStreet(
          STREET,
          () -> {
            newlyEligible.confirm(person, Subsidy.CARE, "test");
            return null;
          });
    }
    run.run(Subsidy.CARE, YearMonth.of(2022, 2));
    run.run(Subsidy.CARE, YearMonth.of(2022, 3));
    approveCare(YearMonth.of(2022, 2));
    for (long person : recipients) {
      assertThat(care(person, "2022-02-01")).contains(CARE_GRADE_1);
    }

    for (long person : recipients) {
      RegistryTestData.as(
          RegistryTestData.auth(COMMUNITY, Role.COMMUNITY_WORKER),
          () ->
              personCommands.recordDeath(
                  person, new DeathReport(LocalDate.of(2022, 1, 31), "COMMUNITY", null, "测试")));
    }

    await(jdbc, () -> recipients.stream().allMatch(p -> recovered(p).size() == 1));
    for (long person : recipients) {
      assertThat(recovered(person)).containsExactly("-90.00");
      assertThat(care(person, "2022-03-01")).as("the open month is recomputed").isEmpty();
      assertThat(care(person, "2022-01-01")).as("the month of death is paid").isPresent();
    }
  }

  private void approveCare(YearMonth month) {
    jdbc.sql(
            """
            insert into payments.roster (programme, month, district_code, state, made_by_id,
                   made_by, made_at, approved_by_id, approved_by, approved_at)
            values ('DISABILITY_CARE', ?, ?, 'APPROVED', 1, 'maker', now(), 2, 'checker', now())
            on conflict do nothing""")
        .params(month.atDay(1), DISTRICT)
        .update();
  }

  private java.util.Optional<BigDecimal> care(long person, String month) {
    return SubsidyTestSupport.paid(jdbc, person, "DISABILITY_CARE", month);
  }

  private List<String> recovered(long person) {
    return jdbc.sql(
            "select amount::text from payments.adjustment_fact where person_id = ?"
                + " and programme = 'DISABILITY_CARE' and for_month = date '2022-02-01'")
        .param(person)
        .query(String.class)
        .list();
  }
}
