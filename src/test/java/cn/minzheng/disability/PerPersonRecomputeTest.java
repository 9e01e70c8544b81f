package cn.minzheng.disability;

import static cn.minzheng.disability.SubsidyTestSupport.asStreet;
import static cn.minzheng.disability.SubsidyTestSupport.await;
import static cn.minzheng.disability.SubsidyTestSupport.paid;
import static cn.minzheng.disability.SubsidyTestSupport.rated;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.disability.subsidy.MonthlySubsidyRun;
import cn.minzheng.disability.subsidy.NewlyEligible;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person's event recomputes that person only ({@link MonthlySubsidyRun#runFor}), and gives what
 * the whole-month run gives: after a re-rating (grade 1 → 2 in June 2022: July 90 → 60 yuan) and a
 * cancelled certificate, the rows of payments, the eligible months and the change notices of the
 * persons are the same before and after the whole months run again; another person's rows are
 * untouched by the per-person run. Months 2022-06 and 2022-07 are used by no other test.
 */
@SpringBootTest
class PerPersonRecomputeTest {

  static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 10);
  static final YearMonth JUNE = YearMonth.of(2022, 6);
  static final YearMonth JULY = YearMonth.of(2022, 7);

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired MonthlySubsidyRun run;
  @Autowired NewlyEligible newlyEligible;
  @Autowired JdbcClient jdbc;

  @Test
  void aPersonsRecomputeGivesWhatTheWholeMonthGivesAndLeavesOthersAlone() {
    long reRated = disabled("六月改二级", DisabilityCategory.VISUAL, 1);
    long cancelled = disabled("六月注销", DisabilityCategory.PHYSICAL, 1);
    long bystander = disabled("旁人", DisabilityCategory.HEARING, 1);
    run.run(Subsidy.CARE, JUNE);
    for (long person : List.of(reRated, cancelled, bystander)) {
      confirm(person);
    }
    run.run(Subsidy.CARE, JULY);
    assertThat(care(reRated, "2022-07-01")).contains(new BigDecimal("90.00"));
    // a stale notice of the bystander: a whole-month run of July rebuilds the month's notices and
    // drops it, a run for the other two persons must leave it
    jdbc.sql(
            """
            insert into disability.subsidy_change
                   (person_id, subsidy, month, kind, amount, reason, region_code)
            values (?, 'CARE', '2022-07-01', 'CHANGE', 90.00, '旧的说明', ?)""")
        .params(bystander, RegistryTestData.COMMUNITY)
        .update();
    List<String> bystanderBefore = snapshot(bystander);

    registry.rateDisability(reRated, DisabilityCategory.VISUAL, 2, LocalDate.of(2022, 6, 10));
    personCommands.cancelDisabilityCertificate(cancelled, LocalDate.of(2022, 6, 30), "残联注销残疾人证");
    await(
        jdbc,
        () ->
            care(reRated, "2022-07-01")
                    .filter(a -> a.compareTo(new BigDecimal("60")) == 0)
                    .isPresent()
                && care(cancelled, "2022-07-01").isEmpty());

    List<String> reRatedByPerson = snapshot(reRated);
    List<String> cancelledByPerson = snapshot(cancelled);
    assertThat(snapshot(bystander))
        .as("the per-person run left the bystander alone")
        .isEqualTo(bystanderBefore);
    assertThat(reRatedByPerson)
        .contains(
            "E 2022-07-01 60.00",
            "M 2022-07-01 60.00 VISUAL 2 true",
            "C 2022-07-01 CHANGE 60.00 残疾评定由视力残疾1级变更为视力残疾2级，自2022年7月起每月发放60.00元");
    assertThat(cancelledByPerson)
        .contains("E 2022-06-01 90.00")
        .contains("C 2022-07-01 STOP  残疾人证已注销（2022-06-30，残联注销残疾人证），自2022年7月起停发")
        .noneMatch(row -> row.startsWith("E 2022-07-01"));

    run.run(Subsidy.CARE, JUNE);
    run.run(Subsidy.CARE, JULY);

    assertThat(snapshot(reRated)).isEqualTo(reRatedByPerson);
    assertThat(snapshot(cancelled)).isEqualTo(cancelledByPerson);
    assertThat(snapshot(bystander))
        .as("the whole month did rewrite the bystander")
        .isNotEqualTo(bystanderBefore);
  }

  /** Payments' rows, the eligible months and the change notices of June and July, as text. */
  private List<String> snapshot(long person) {
    return jdbc.sql(
            """
            select 'E ' || month || ' ' || amount from payments.entitlement_fact
             where person_id = :p and programme = 'DISABILITY_CARE'
               and month in ('2022-06-01', '2022-07-01')
            union all
            select 'M ' || month || ' ' || amount || ' ' || category || ' ' || grade || ' ' || paid
              from disability.eligible_month
             where person_id = :p and subsidy = 'CARE' and month in ('2022-06-01', '2022-07-01')
            union all
            select 'C ' || month || ' ' || kind || ' ' || coalesce(amount::text, '') || ' ' || reason
              from disability.subsidy_change
             where person_id = :p and subsidy = 'CARE' and month in ('2022-06-01', '2022-07-01')
            order by 1""")
        .param("p", person)
        .query(String.class)
        .list();
  }

  private long disabled(String name, DisabilityCategory category, int grade) {
    long id =
        registry.disabledPerson(name, RegistryTestData.COMMUNITY, category, grade, LONG_AGO).id();
    await(jdbc, () -> rated(jdbc, id, grade));
    return id;
  }

  private void confirm(long person) {
    asStreet(
        RegistryTestData.STREET,
        () -> {
          newlyEligible.confirm(person, Subsidy.CARE, "test");
          return null;
        });
  }

  private java.util.Optional<BigDecimal> care(long person, String month) {
    return paid(jdbc, person, "DISABILITY_CARE", month);
  }
}
