package cn.minzheng.disability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.cockpit.BriefRow;
import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.Period;
import cn.minzheng.cockpit.RegionValue;
import cn.minzheng.disability.subsidy.MonthlySubsidyRun;
import cn.minzheng.disability.subsidy.NewlyEligible;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cockpit's row 残疾人两项补贴 counts live data: two persons confirmed for the care subsidy of grade 1
 * (120 yuan a month from 2025) add 2 person-times and 240 yuan per month computed.
 */
@SpringBootTest
class DisabilityFiguresTest {

  @Autowired RegistryFixtures registry;
  @Autowired MonthlySubsidyRun run;
  @Autowired NewlyEligible newlyEligible;
  @Autowired JdbcClient jdbc;
  @Autowired List<Figure> figures;

  @Autowired
  @Qualifier("disabilityCarePersonTimesFigure")
  Figure personTimes;

  @Autowired
  @Qualifier("disabilityCareMoneyFigure")
  Figure money;

  @Test
  void confirmedCareRecipientsCountAsPersonTimesAndMoney() {
    long a = disabled("驾驶舱甲");
    long b = disabled("驾驶舱乙");
    Period period = new Period(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30));
    run.run(Subsidy.CARE, YearMonth.of(2027, 3));
    run.run(Subsidy.CARE, YearMonth.of(2027, 4));
    BigDecimal timesBefore = total(personTimes, period);
    BigDecimal moneyBefore = total(money, period);

    for (long person : List.of(a, b)) {
      SubsidyTestSupport.asStreet(
          RegistryTestData.STREET,
          () -> {
            newlyEligible.confirm(person, Subsidy.CARE, "test");
            return null;
          });
    }

    assertThat(total(personTimes, period).subtract(timesBefore)).isEqualByComparingTo("4");
    assertThat(total(money, period).subtract(moneyBefore)).isEqualByComparingTo("480.00");
    assertThat(figures)
        .filteredOn(f -> f.spec().briefRow() == BriefRow.DISABILITY_SUBSIDIES)
        .hasSize(4);
  }

  private static BigDecimal total(Figure figure, Period period) {
    return figure.values(period, RegionFilter.all()).values().stream()
        .map(RegionValue::value)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private long disabled(String name) {
    long id =
        registry
            .disabledPerson(
                name,
                RegistryTestData.COMMUNITY,
                DisabilityCategory.PHYSICAL,
                1,
                LocalDate.of(2026, 12, 1))
            .id();
    SubsidyTestSupport.await(jdbc, () -> SubsidyTestSupport.rated(jdbc, id, 1));
    return id;
  }
}
