package cn.minzheng.elderly;

import static cn.minzheng.assistance.AssistanceFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.assistance.AssistanceFixtures;
import cn.minzheng.elderly.homeservice.HomeServiceItem;
import cn.minzheng.elderly.homeservice.HomeServiceOrders;
import cn.minzheng.elderly.homeservice.HomeServiceProviders;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.registry.Relationship;
import cn.minzheng.shared.ChinaTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * 身后一件事 withdrawn (issue 17, docs/domain-rules.md §8): a death recorded in error cancels the
 * elder's open home-service orders; its withdrawal reopens the order whose day still lies after
 * today, asks the elder and the family to order again (message with a link) for the order whose day
 * has come, leaves an order cancelled for another reason cancelled, and changes nothing when
 * delivered twice.
 */
@SpringBootTest
@EnableScenarios
class HomeServiceOrdersAfterWithdrawnDeathTest {

  static final Duration WAIT = Duration.ofSeconds(60);

  @Autowired RegistryFixtures registry;
  @Autowired PersonDirectory persons;
  @Autowired PersonCommands personCommands;
  @Autowired HomeServiceProviders providers;
  @Autowired HomeServiceOrders orders;
  @Autowired JdbcClient jdbc;

  final StaffUser admin = AssistanceFixtures.staff(AssistanceFixtures.CITY, Role.CITY_ADMIN);
  final StaffUser approver = AssistanceFixtures.approver();

  @Test
  void theWithdrawalReopensTheOrdersTheDeathCancelledOrAsksToOrderAgainWhenTheirDayHasCome(
      Scenario scenario) {
    long elder =
        registry
            .person(
                AssistanceFixtures.idNumber(LocalDate.of(1941, 2, 2)),
                "撤销上门测试",
                RegistryTestData.COMMUNITY)
            .id();
    long daughter =
        registry
            .person(
                AssistanceFixtures.idNumber(LocalDate.of(1970, 3, 3)),
                "撤销上门测试女",
                RegistryTestData.COMMUNITY)
            .id();
    long household =
        registry.household(RegistryTestData.COMMUNITY, "撤销路2号", elder, LocalDate.of(2020, 1, 1));
    registry.addMember(household, daughter, Relationship.DAUGHTER, LocalDate.of(2020, 1, 1));
    providers.enrol(persons.find(elder).orElseThrow(), "SOLITARY", LocalDate.of(2024, 1, 1), "s");
    long provider = providers.addProvider("撤销测试家政", RegistryTestData.STREET, "028-8");
    LocalDate today = ChinaTime.today();
    long later =
        orders.order(elder, provider, HomeServiceItem.CLEANING, today.plusDays(3), false, "s");
    long dueToday = orders.order(elder, provider, HomeServiceItem.MEALS, today, false, "s");
    long otherwise =
        orders.order(elder, provider, HomeServiceItem.BATHING, today.plusDays(5), false, "s");
    // cancelled for another reason before the death (no page cancels orders today: the provider's
    // record is corrected directly): it has no death mark and must stay cancelled
    jdbc.sql("update elderly.home_service_order set status = 'CANCELLED' where id = ?")
        .param(otherwise)
        .update();

    scenario
        .stimulate(
            () ->
                as(
                    admin,
                    () ->
                        personCommands.recordDeath(
                            elder, new DeathReport(today.minusDays(1), "COMMUNITY", null, "测试"))))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> settled() && "CANCELLED".equals(status(later)))
        .andVerify(done -> assertThat(done).isTrue());
    assertThat(status(dueToday)).isEqualTo("CANCELLED");

    scenario
        .stimulate(
            () ->
                as(
                    approver,
                    () -> {
                      personCommands.withdrawDeath(elder, "社区误报，本人健在");
                      return null;
                    }))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(() -> settled() && "ORDERED".equals(status(later)))
        .andVerify(done -> assertThat(done).isTrue());

    assertThat(status(later)).isEqualTo("ORDERED");
    assertThat(status(dueToday)).as("its day has come").isEqualTo("CANCELLED");
    assertThat(status(otherwise)).as("not cancelled by the death").isEqualTo("CANCELLED");
    for (long person : new long[] {elder, daughter}) {
      assertThat(messages(person, "居家上门服务订单已恢复"))
          .singleElement()
          .asString()
          .contains(HomeServiceItem.CLEANING.label())
          .contains(today.plusDays(3).toString());
      assertThat(links(person, "请重新预约居家上门服务")).containsExactly("/portal/elderly/home-services");
      assertThat(messages(person, "请重新预约居家上门服务").get(0)).contains(HomeServiceItem.MEALS.label());
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from lifeevents.trail_entry where person_id = ?"
                        + " and event = 'DEATH_WITHDRAWN' and module = '养老服务'")
                .param(elder)
                .query(Integer.class)
                .single())
        .isGreaterThanOrEqualTo(2);

    // delivered again: nothing more reopened, no second message
    scenario
        .publish(new DeathWithdrawn(elder, today.minusDays(1), RegistryTestData.COMMUNITY, "重复"))
        .andWaitAtMost(WAIT)
        .andWaitForStateChange(this::settled)
        .andVerify(done -> assertThat(done).isTrue());
    assertThat(status(otherwise)).isEqualTo("CANCELLED");
    assertThat(status(dueToday)).isEqualTo("CANCELLED");
    assertThat(messages(daughter, "居家上门服务订单已恢复")).hasSize(1);
    assertThat(messages(daughter, "请重新预约居家上门服务")).hasSize(1);
  }

  private boolean settled() {
    return jdbc.sql("select count(*) from event_publication where completion_date is null")
            .query(Long.class)
            .single()
        == 0;
  }

  private String status(long order) {
    return jdbc.sql("select status from elderly.home_service_order where id = ?")
        .param(order)
        .query(String.class)
        .single();
  }

  private List<String> messages(long person, String subject) {
    return jdbc.sql("select body from portal.citizen_message where person_id = ? and subject = ?")
        .params(person, subject)
        .query(String.class)
        .list();
  }

  private List<String> links(long person, String subject) {
    return jdbc.sql("select link from portal.citizen_message where person_id = ? and subject = ?")
        .params(person, subject)
        .query(String.class)
        .list();
  }
}
