package cn.minzheng.disability;

import static cn.minzheng.disability.SubsidyTestSupport.asStreet;
import static cn.minzheng.disability.SubsidyTestSupport.await;
import static cn.minzheng.disability.SubsidyTestSupport.paid;
import static cn.minzheng.disability.SubsidyTestSupport.rated;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.disability.subsidy.MonthlySubsidyRun;
import cn.minzheng.disability.subsidy.NewlyEligible;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.monitoring.register.LowIncomeRegister;
import cn.minzheng.monitoring.register.LowIncomeRegister.Inclusion;
import cn.minzheng.monitoring.register.RegisterCategory;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The low-income register of {@code monitoring} (its published view {@code low_income_fact}) as a
 * second source of the living subsidy (困难残疾人生活补贴) besides 低保: a person with a disability on the
 * register in a configured category (by default 低保边缘 and 刚性支出困难) is eligible from the month of
 * entry, still in the month of removal, and not from the month after; a category not configured
 * (特困) is no source. Grade 3: the placeholder amount 70 yuan.
 */
@SpringBootTest
class LowIncomeLivingSubsidyTest {

  static final BigDecimal GRADE_3 = new BigDecimal("70.00");

  @Autowired RegistryFixtures registry;
  @Autowired MonthlySubsidyRun run;
  @Autowired NewlyEligible newlyEligible;
  @Autowired LowIncomeRegister register;
  @Autowired JdbcClient jdbc;

  @Test
  void aPersonOnTheRegisterIsEligibleAndOneRemovedIsNotFromTheMonthAfter() {
    long person = disabled("低收入残疾");
    onRegister(person, RegisterCategory.MARGINAL, LocalDate.of(2024, 10, 15));

    assertThat(run.dueFor(Subsidy.LIVING, YearMonth.of(2024, 9), person))
        .as("entered on 15 October: not in September")
        .isEmpty();
    run.run(Subsidy.LIVING, YearMonth.of(2024, 10));
    asStreet(
        RegistryTestData.STREET,
        () -> {
          newlyEligible.confirm(person, Subsidy.LIVING, "test");
          return null;
        });
    assertThat(paid(jdbc, person, "DISABILITY_LIVING", "2024-10-01")).contains(GRADE_3);
    assertThat(change(person, "2024-10-01")).startsWith("START").contains("属低收入人口");

    // removed on 20 November: November still paid, December not
    register.end(person, RegisterCategory.MARGINAL, LocalDate.of(2024, 11, 20));
    run.run(Subsidy.LIVING, YearMonth.of(2024, 11));
    run.run(Subsidy.LIVING, YearMonth.of(2024, 12));

    assertThat(paid(jdbc, person, "DISABILITY_LIVING", "2024-11-01")).contains(GRADE_3);
    assertThat(paid(jdbc, person, "DISABILITY_LIVING", "2024-12-01")).isEmpty();
    assertThat(change(person, "2024-12-01")).isEqualTo("STOP 已移出低收入人口名录，自2024年12月起停发");
  }

  @Test
  void removedOnTheLastDayOfAMonthCountsForThatMonthOnly() {
    long person = disabled("月末移出");
    onRegister(person, RegisterCategory.RIGID_EXPENDITURE, LocalDate.of(2024, 3, 1));
    register.end(person, RegisterCategory.RIGID_EXPENDITURE, LocalDate.of(2024, 4, 30));

    assertThat(run.dueFor(Subsidy.LIVING, YearMonth.of(2024, 4), person))
        .map(MonthlySubsidyRun.Due::amount)
        .contains(GRADE_3);
    assertThat(run.dueFor(Subsidy.LIVING, YearMonth.of(2024, 5), person)).isEmpty();
  }

  @Test
  void aRegisterCategoryNotConfiguredIsNoSource() {
    long person = disabled("特困名录");
    onRegister(person, RegisterCategory.TEKUN, LocalDate.of(2024, 1, 1));

    assertThat(run.dueFor(Subsidy.LIVING, YearMonth.of(2024, 6), person)).isEmpty();
  }

  private long disabled(String name) {
    long id =
        registry
            .disabledPerson(
                name,
                RegistryTestData.COMMUNITY,
                DisabilityCategory.PHYSICAL,
                3,
                LocalDate.of(2020, 1, 10))
            .id();
    await(jdbc, () -> rated(jdbc, id, 3));
    return id;
  }

  private void onRegister(long person, RegisterCategory category, LocalDate since) {
    register.include(
        new Inclusion(
            person, null, RegistryTestData.COMMUNITY, category, "MANUAL", "测试纳入", null, since),
        "test");
  }

  private String change(long person, String month) {
    return jdbc.sql(
            "select kind || ' ' || reason from disability.subsidy_change"
                + " where person_id = ? and subsidy = 'LIVING' and month = cast(? as date)")
        .params(person, month)
        .query(String.class)
        .optional()
        .orElse("");
  }
}
