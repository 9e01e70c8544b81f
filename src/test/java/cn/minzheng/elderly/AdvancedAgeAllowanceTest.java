package cn.minzheng.elderly;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.elderly.allowance.AllowanceBands;
import cn.minzheng.elderly.allowance.AllowanceBands.NewBand;
import cn.minzheng.elderly.allowance.ExistenceChecks;
import cn.minzheng.elderly.allowance.ExistenceChecks.Verifier;
import cn.minzheng.elderly.allowance.MonthlyAllowanceRun;
import cn.minzheng.elderly.allowance.VerificationMethod;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * 高龄津贴 rules (docs/domain-rules.md §6): eligible from the month after the birthday that takes a
 * person into a band, next band likewise, effective-dated amounts, a missed existence check
 * suspends from the next month and a re-check pays the arrears, death stops from the month after.
 * The tests set their own bands for 2039 on (months no other test touches).
 */
@SpringBootTest
@EnableScenarios
class AdvancedAgeAllowanceTest {

  static final BigDecimal B80 = new BigDecimal("100.00");
  static final BigDecimal B90 = new BigDecimal("300.00");
  static final BigDecimal B100 = new BigDecimal("600.00");

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired AllowanceBands bands;
  @Autowired MonthlyAllowanceRun run;
  @Autowired ExistenceChecks checks;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void testBands() {
    bands.replaceFrom(
        YearMonth.of(2039, 1),
        List.of(
            new NewBand("80-89周岁", 80, 89, B80),
            new NewBand("90-99周岁", 90, 99, B90),
            new NewBand("100周岁及以上", 100, null, B100)),
        "test");
  }

  @Test
  void paysFromTheMonthAfterTheBirthdayThatTakesAPersonIntoABand() {
    long first80 = person(LocalDate.of(1959, 3, 1));
    long last80 = person(LocalDate.of(1959, 3, 31));
    long first90 = person(LocalDate.of(1949, 3, 1));
    long last100 = person(LocalDate.of(1939, 3, 31));

    run.run(YearMonth.of(2039, 3));
    assertThat(paid(first80, 2039, 3)).isEmpty();
    assertThat(paid(last80, 2039, 3)).isEmpty();
    assertThat(paid(first90, 2039, 3)).contains(B80);
    assertThat(paid(last100, 2039, 3)).contains(B90);

    run.run(YearMonth.of(2039, 4));
    assertThat(paid(first80, 2039, 4)).contains(B80);
    assertThat(paid(last80, 2039, 4)).contains(B80);
    assertThat(paid(first90, 2039, 4)).contains(B90);
    assertThat(paid(last100, 2039, 4)).contains(B100);
  }

  @Test
  void appliesTheAmountsValidInEachMonthWhenTheBandsChangeMidYear() {
    long elder = person(LocalDate.of(1955, 9, 9));
    checks.record(
        elder, LocalDate.of(2040, 5, 2), VerificationMethod.SELF, new Verifier(1L, null), "");
    run.run(YearMonth.of(2040, 6));
    bands.replaceFrom(
        YearMonth.of(2040, 7),
        List.of(
            new NewBand("80-89周岁", 80, 89, new BigDecimal("150.00")),
            new NewBand("90周岁及以上", 90, null, new BigDecimal("400.00"))),
        "test");
    run.run(YearMonth.of(2040, 6));
    run.run(YearMonth.of(2040, 7));

    assertThat(paid(elder, 2040, 6)).contains(B80);
    assertThat(paid(elder, 2040, 7)).contains(new BigDecimal("150.00"));
  }

  @Test
  void suspendsTheMonthAfterAMissedCheckAndPaysTheArrearsAfterTheRecheck() {
    long elder = person(LocalDate.of(1953, 6, 15));
    // first eligible month 2039-01 counts as the first check; due every 6 months: July is the
    // last paid month without a new check.
    for (int m = 1; m <= 9; m++) {
      run.run(YearMonth.of(2039, m));
    }
    assertThat(paid(elder, 2039, 7)).contains(B80);
    assertThat(paid(elder, 2039, 8)).isEmpty();
    assertThat(paid(elder, 2039, 9)).isEmpty();

    var arrears =
        checks.record(
            elder,
            LocalDate.of(2039, 9, 20),
            VerificationMethod.VISIT,
            new Verifier(null, "worker"),
            "入户走访");

    assertThat(arrears).hasSize(2);
    assertThat(adjustments(elder))
        .containsExactly("2039-08-01 2039-10-01 100.00", "2039-09-01 2039-10-01 100.00");
    run.run(YearMonth.of(2039, 9));
    run.run(YearMonth.of(2039, 10));
    assertThat(paid(elder, 2039, 9)).as("arrears are not paid twice").isEmpty();
    assertThat(paid(elder, 2039, 10)).contains(B80);
    // a second delivery of the same check pays nothing more
    checks.record(
        elder, LocalDate.of(2039, 9, 21), VerificationMethod.VISIT, new Verifier(null, "w"), "");
    assertThat(adjustments(elder)).hasSize(2);
  }

  @Test
  void deathOnTheFirstOrLastDayOfAMonthStopsFromTheNextMonth(Scenario scenario) {
    long diesFirst = person(LocalDate.of(1940, 1, 10));
    long diesLast = person(LocalDate.of(1940, 1, 11));
    run.run(YearMonth.of(2025, 3));
    run.run(YearMonth.of(2025, 4));
    assertThat(paid(diesFirst, 2025, 4)).isPresent();

    scenario
        .stimulate(
            () -> {
              die(diesFirst, LocalDate.of(2025, 3, 1));
              die(diesLast, LocalDate.of(2025, 3, 31));
            })
        .andWaitAtMost(Duration.ofSeconds(30))
        .andWaitForStateChange(
            () -> paid(diesFirst, 2025, 4).isEmpty() && paid(diesLast, 2025, 4).isEmpty())
        .andVerify(stopped -> assertThat(paid(diesLast, 2025, 4)).isEmpty());
    assertThat(paid(diesFirst, 2025, 3)).isPresent();
    assertThat(paid(diesLast, 2025, 3)).isPresent();
    run.run(YearMonth.of(2025, 5));
    assertThat(paid(diesLast, 2025, 5)).isEmpty();
  }

  private void die(long person, LocalDate day) {
    personCommands.recordDeath(person, new DeathReport(day, "STAFF", null, "测试"));
  }

  private long person(LocalDate birth) {
    return registry
        .person(ElderlyTestData.idNumberBornOn(birth), "高龄测试", RegistryTestData.COMMUNITY)
        .id();
  }

  private Optional<BigDecimal> paid(long person, int year, int month) {
    return jdbc.sql(
            "select amount from payments.entitlement where person_id = ? and programme = 'GAOLING'"
                + " and month = ?")
        .params(person, LocalDate.of(year, month, 1))
        .query(BigDecimal.class)
        .optional();
  }

  private List<String> adjustments(long person) {
    return jdbc.sql(
            "select for_month || ' ' || pay_month || ' ' || amount from payments.adjustment"
                + " where person_id = ? and programme = 'GAOLING' order by for_month")
        .param(person)
        .query(String.class)
        .list();
  }
}
