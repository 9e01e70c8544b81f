package cn.minzheng.elderly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.elderly.homeservice.HomeServiceItem;
import cn.minzheng.elderly.homeservice.HomeServiceOrders;
import cn.minzheng.elderly.homeservice.HomeServiceProviders;
import cn.minzheng.elderly.homeservice.HomeServiceRejected;
import cn.minzheng.elderly.homeservice.HomeServiceSettlement;
import cn.minzheng.elderly.modification.ModificationCases;
import cn.minzheng.elderly.modification.ModificationStatus;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Home services: orders for enrolled elders only, records priced by the hour within the yearly
 * budget (1,800 yuan, 45 yuan an hour in the starting configuration), settlement of confirmed
 * records per provider; home modification steps in order, subsidy up to the cap (3,000 yuan).
 */
@SpringBootTest
class HomeServicesTest {

  @Autowired RegistryFixtures registry;
  @Autowired PersonDirectory persons;
  @Autowired HomeServiceProviders providers;
  @Autowired HomeServiceOrders orders;
  @Autowired HomeServiceSettlement settlement;
  @Autowired ModificationCases modifications;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired cn.minzheng.elderly.modification.ModificationBoard board;

  @Test
  void recordsArePricedByTheHourAndStopAtTheYearlyBudget() {
    long elder = enrolledElder();
    long provider = providers.addProvider("测试家政", RegistryTestData.STREET, "028-1");
    long worker = providers.addWorker(provider, "护理员甲", "助洁");

    long first = orders.order(elder, provider, HomeServiceItem.CLEANING, soon(1), false, "s");
    orders.record(first, worker, at(2034, 3, 2), 120, "s");
    assertThat(orders.budgetLeft(elder, 2034)).isEqualByComparingTo("1710.00");

    // 1,710 yuan left buys 38 hours; a 8-hour visit more than 4 times does not fit
    for (int i = 0; i < 4; i++) {
      long o = orders.order(elder, provider, HomeServiceItem.COMFORT, soon(2), false, "s");
      orders.record(o, worker, at(2034, 4, 1 + i), 480, "s");
    }
    assertThat(orders.budgetLeft(elder, 2034)).isEqualByComparingTo("270.00");
    long tooMuch = orders.order(elder, provider, HomeServiceItem.COMFORT, soon(3), false, "s");
    assertThatThrownBy(() -> orders.record(tooMuch, worker, at(2034, 5, 1), 480, "s"))
        .isInstanceOf(HomeServiceRejected.class)
        .hasMessageContaining("预算不足");
  }

  @Test
  void onlyConfirmedRecordsAreSettledForTheProvidersMonth() {
    long elder = enrolledElder();
    long provider = providers.addProvider("结算测试组织", RegistryTestData.STREET, "028-2");
    long worker = providers.addWorker(provider, "护理员乙", "助浴");
    long a = orders.order(elder, provider, HomeServiceItem.BATHING, soon(4), false, "s");
    long b = orders.order(elder, provider, HomeServiceItem.BATHING, soon(5), true, "c");
    long ra = orders.record(a, worker, at(2034, 6, 3), 60, "s");
    orders.record(b, worker, at(2034, 6, 4), 90, "s");
    orders.confirm(ra, elder, 4, "准时，服务好");
    // 好差评: the confirmation's rating is the portal's rating of the service, not a second one
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(90))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql(
                                "select stars || ':' || comment || ':' || service_name"
                                    + " from portal.service_rating"
                                    + " where service = 'elderly.home-service' and reference = ?"
                                    + " and person_id = ?")
                            .params(Long.toString(ra), elder)
                            .query(String.class)
                            .list())
                    .containsExactly("4:准时，服务好:居家上门服务"));

    var line =
        settlement.month(YearMonth.of(2034, 6), RegionFilter.all()).stream()
            .filter(l -> l.providerId() == provider)
            .findFirst()
            .orElseThrow();
    assertThat(line.records()).isEqualTo(1);
    assertThat(line.amount()).isEqualByComparingTo("45.00");
    assertThat(line.unconfirmed()).isEqualTo(1);
  }

  @Test
  void refusesOrdersForEldersWhoAreNotEnrolled() {
    long stranger = elder();
    long provider = providers.addProvider("未登记测试", RegistryTestData.STREET, "028-3");
    assertThatThrownBy(
            () -> orders.order(stranger, provider, HomeServiceItem.MEALS, soon(6), false, "s"))
        .isInstanceOf(HomeServiceRejected.class);
  }

  @Test
  void refusesAProviderOfAnotherDistrict() {
    long elder = enrolledElder();
    long ownDistrict = providers.addProvider("本区家政", RegistryTestData.STREET, "028-4");
    long otherDistrict = providers.addProvider("外区家政", "510105001000", "028-5");

    assertThatThrownBy(
            () -> orders.order(elder, otherDistrict, HomeServiceItem.MEALS, soon(1), false, "s"))
        .isInstanceOf(HomeServiceRejected.class)
        .hasMessageContaining("服务组织：须为老人所在区（市）县");
    assertThat(orders.order(elder, ownDistrict, HomeServiceItem.MEALS, soon(1), false, "s"))
        .isPositive();
  }

  @Test
  void refusesOrderDaysBeforeTodayOrMoreThanAYearAheadAndOrdersWithoutItem() {
    long elder = enrolledElder();
    long provider = providers.addProvider("日期测试", RegistryTestData.STREET, "028-6");
    LocalDate today = ChinaTime.today();

    for (LocalDate absurd :
        new LocalDate[] {
          LocalDate.of(1900, 1, 1), today.minusDays(1), today.plusYears(1).plusDays(1)
        }) {
      assertThatThrownBy(
              () -> orders.order(elder, provider, HomeServiceItem.MEALS, absurd, false, "s"))
          .as("order day %s", absurd)
          .isInstanceOf(HomeServiceRejected.class)
          .hasMessageStartingWith("服务日期：");
    }
    assertThat(orders.order(elder, provider, HomeServiceItem.MEALS, today, false, "s"))
        .isPositive();
    assertThat(orders.order(elder, provider, HomeServiceItem.MEALS, today.plusYears(1), false, "s"))
        .isPositive();
    assertThatThrownBy(() -> orders.order(elder, provider, null, today, false, "s"))
        .isInstanceOf(HomeServiceRejected.class)
        .hasMessageStartingWith("服务项目：");
  }

  @Test
  void aModificationGoesThroughItsStepsInOrderAndTheSubsidyIsCapped() {
    var person = persons.find(elder()).orElseThrow();
    long id = modifications.apply(person, ChinaTime.today(), "s");
    assertThatThrownBy(() -> modifications.step(id, ModificationStatus.IN_WORKS, null, "s"))
        .isInstanceOf(HomeServiceRejected.class);
    BigDecimal cost =
        modifications.assess(id, Map.of("GRAB_BAR", 2, "ANTI_SLIP", 10, "ALARM", 3), "s");
    assertThat(cost).isEqualByComparingTo("2370.00"); // 2*260 + 10*80 + 3*350
    modifications.assess(id, Map.of("GRAB_BAR", 4, "ANTI_SLIP", 20, "ALARM", 3), "s");
    modifications.step(id, ModificationStatus.PLANNED, null, "s");
    modifications.step(id, ModificationStatus.IN_WORKS, null, "s");
    modifications.step(id, ModificationStatus.ACCEPTED, "验收合格", "s");
    modifications.step(id, ModificationStatus.SUBSIDISED, null, "s");
    var done = board.cases(RegionFilter.all(), 1000).stream().filter(c -> c.id() == id).findFirst();
    assertThat(done.orElseThrow().planCost()).isEqualByComparingTo("3690.00");
    assertThat(done.orElseThrow().subsidy()).isEqualByComparingTo("3000.00");
    assertThat(modifications.apply(person, ChinaTime.today(), "s")).isNotEqualTo(id);
  }

  private long enrolledElder() {
    long id = elder();
    providers.enrol(persons.find(id).orElseThrow(), "SOLITARY", day(2034, 1, 1), "s");
    return id;
  }

  private long elder() {
    return registry
        .person(
            ElderlyTestData.idNumberBornOn(LocalDate.of(1945, 5, 5)),
            "居家测试",
            RegistryTestData.COMMUNITY)
        .id();
  }

  /** An order day within the plausible range (today to a year ahead). */
  private static LocalDate soon(int days) {
    return cn.minzheng.shared.ChinaTime.today().plusDays(days);
  }

  private static LocalDate day(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  private static java.time.Instant at(int y, int m, int d) {
    return LocalDateTime.of(y, m, d, 9, 0).atZone(ChinaTime.ZONE).toInstant();
  }
}
