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

import cn.minzheng.payments.Entitlement;
import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.Programme;
import cn.minzheng.payments.ProgrammeTotals;
import cn.minzheng.payments.ProgrammeTotals.DistrictTotal;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Headline totals are maintained with every month replaced and read within the data scope. */
@SpringBootTest
class ProgrammeTotalsTest {

  @Autowired Entitlements entitlements;
  @Autowired ProgrammeTotals totals;
  @Autowired RegistryFixtures registry;

  private final StaffUser city = staff(CITY, Role.CITY_ADMIN);

  @Test
  void peopleOfTheLastMonthAndMoneyOfAllMonthsPerDistrictWithoutDoubleCountingARerun() {
    YearMonth first = uniqueMonth();
    YearMonth last = first.plusMonths(1);
    long a = registry.person("汇总甲", JINJIANG_COMMUNITY).id();
    long b = registry.person("汇总乙", JINJIANG_COMMUNITY).id();
    long q = registry.person("汇总丙", QINGYANG_COMMUNITY).id();
    replace(
        first,
        dibao(a, "910.00", JINJIANG_COMMUNITY),
        dibao(b, "455.50", JINJIANG_COMMUNITY),
        dibao(q, "860.00", QINGYANG_COMMUNITY));
    replace(last, dibao(a, "910.00", JINJIANG_COMMUNITY), dibao(q, "860.00", QINGYANG_COMMUNITY));

    assertThat(district(first, last, JINJIANG).peopleInLastMonth()).isEqualTo(1);
    assertThat(district(first, last, JINJIANG).amount()).isEqualByComparingTo("2275.50");
    assertThat(district(first, last, QINGYANG).peopleInLastMonth()).isEqualTo(1);
    assertThat(district(first, last, QINGYANG).amount()).isEqualByComparingTo("1720.00");

    // the last month run again with a changed amount replaces its totals
    replace(last, dibao(a, "800.00", JINJIANG_COMMUNITY), dibao(q, "860.00", QINGYANG_COMMUNITY));
    assertThat(district(first, last, JINJIANG).amount()).isEqualByComparingTo("2165.50");
    assertThat(district(first, first, JINJIANG).peopleInLastMonth()).isEqualTo(2);
  }

  @Test
  void aDistrictUserSeesOnlyTheirDistrict() {
    YearMonth month = uniqueMonth();
    long a = registry.person("汇总丁", JINJIANG_COMMUNITY).id();
    long q = registry.person("汇总戊", QINGYANG_COMMUNITY).id();
    replace(month, dibao(a, "910.00", JINJIANG_COMMUNITY), dibao(q, "860.00", QINGYANG_COMMUNITY));

    StaffUser qingyang = staff(QINGYANG, Role.DISTRICT_APPROVER);
    List<DistrictTotal> seen = as(qingyang, () -> totals.byDistrict(month, month));
    assertThat(seen).extracting(DistrictTotal::districtCode).containsOnly(QINGYANG);
  }

  private DistrictTotal district(YearMonth from, YearMonth to, String district) {
    return as(city, () -> totals.byDistrict(from, to)).stream()
        .filter(t -> t.programme() == Programme.DIBAO && t.districtCode().equals(district))
        .findFirst()
        .orElseThrow();
  }

  private void replace(YearMonth month, Entitlement... rows) {
    as(
        city,
        () -> {
          try (EntitlementBatch batch = entitlements.open(Programme.DIBAO, month)) {
            for (Entitlement row : rows) {
              batch.add(row);
            }
            return batch.replaceMonth();
          }
        });
  }
}
