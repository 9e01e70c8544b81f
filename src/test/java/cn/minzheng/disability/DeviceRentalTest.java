package cn.minzheng.disability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.disability.device.DeviceCatalogue;
import cn.minzheng.disability.device.DeviceRejected;
import cn.minzheng.disability.device.DeviceRentals;
import cn.minzheng.disability.device.DeviceRentals.Channel;
import cn.minzheng.disability.device.DeviceRentals.Condition;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 辅具租赁: 50 concurrent orders for the last 3 units give exactly 3 rentals of 3 different units and
 * 47 refusals, stock never below zero; hand-out, due date, return with the deposit refund (rent and
 * damage charged; the subsidy is paid monthly), overdue reminder, a death cancels open rentals with
 * a message.
 */
@SpringBootTest
class DeviceRentalTest {

  @Autowired DeviceCatalogue catalogue;
  @Autowired DeviceRentals rentals;
  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired JdbcClient jdbc;

  @Test
  void fiftyOrdersRaceForTheLastThreeUnitsAndExactlyThreeWin() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long item =
        catalogue.item("轮椅-" + tag, "轮椅", new BigDecimal("2.00"), new BigDecimal("300.00"), 50);
    long point = catalogue.point("竞争服务点-" + tag, RegistryTestData.COMMUNITY, "测试路1号");
    catalogue.addUnits(item, point, 3, tag);
    List<Long> persons = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      persons.add(registry.person("抢租" + i, RegistryTestData.COMMUNITY).id());
    }

    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Long>> results = new ArrayList<>();
    for (long person : persons) {
      Callable<Long> order =
          () -> {
            start.await();
            try {
              return rentals.order(person, item, point, 30, Channel.PORTAL, "race");
            } catch (DeviceRejected noStock) {
              return -1L;
            }
          };
      results.add(pool.submit(order));
    }
    start.countDown();
    List<Long> won = new ArrayList<>();
    for (Future<Long> f : results) {
      long id = f.get();
      if (id > 0) {
        won.add(id);
      }
    }
    pool.shutdown();

    assertThat(won).hasSize(3);
    assertThat(catalogue.inStock(item, point)).isZero();
    assertThat(
            jdbc.sql(
                    "select count(distinct unit_id) from disability.rental where item_id = ?"
                        + " and status = 'RESERVED'")
                .param(item)
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void theDatabaseRefusesASecondOpenRentalOfTheSameUnit() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long item = catalogue.item("助行器-" + tag, "助行器", BigDecimal.ONE, BigDecimal.TEN, 0);
    long point = catalogue.point("唯一单元点-" + tag, RegistryTestData.COMMUNITY, "测试路2号");
    catalogue.addUnits(item, point, 1, tag);
    long person = registry.person("唯一租用", RegistryTestData.COMMUNITY).id();
    long rental = rentals.order(person, item, point, 7, Channel.POINT, "point");
    long unit = rentals.find(rental).unitId();

    assertThatThrownBy(
            () ->
                jdbc.sql(
                        """
                        insert into disability.rental (unit_id, item_id, point_id, person_id,
                               region_code, channel, status, days, deposit, ordered_by)
                        values (?, ?, ?, ?, ?, 'POINT', 'OUT', 7, 10, 'bypass')""")
                    .params(unit, item, point, person, RegistryTestData.COMMUNITY)
                    .update())
        .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
  }

  @Test
  void handOutReturnAndDepositRefundWithTheSubsidyShareAndDamage() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long item =
        catalogue.item("护理床-" + tag, "护理床", new BigDecimal("5.00"), new BigDecimal("500.00"), 80);
    long point = catalogue.point("归还服务点-" + tag, RegistryTestData.COMMUNITY, "测试路3号");
    catalogue.addUnits(item, point, 2, tag);
    long rated =
        registry
            .disabledPerson(
                "有残疾证",
                RegistryTestData.COMMUNITY,
                DisabilityCategory.PHYSICAL,
                1,
                LocalDate.of(2020, 1, 1))
            .id();
    long plain = registry.person("无残疾证", RegistryTestData.COMMUNITY).id();

    long a = rentals.order(rated, item, point, 30, Channel.PORTAL, "citizen");
    long b = rentals.order(plain, item, point, 30, Channel.POINT, "point");
    rentals.handOut(a, LocalDate.of(2026, 3, 1));
    rentals.handOut(b, LocalDate.of(2026, 3, 1));
    assertThat(rentals.find(a).dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));

    // 20 days x 5 = 100 rent, paid in full from the deposit: refund 400; the 80 % subsidy (80) is
    // paid to the person by the monthly settlement (RentalSubsidySettlementTest)
    var back = rentals.giveBack(a, LocalDate.of(2026, 3, 21), Condition.GOOD, BigDecimal.ZERO);
    assertThat(back.rent()).isEqualByComparingTo("100.00");
    assertThat(back.subsidy()).isEqualByComparingTo("80.00");
    assertThat(back.depositRefund()).isEqualByComparingTo("400.00");
    // no rating: pays 100, damage 150: refund 500 - 100 - 150 = 250; the unit leaves the stock
    var damaged =
        rentals.giveBack(b, LocalDate.of(2026, 3, 21), Condition.DAMAGED, new BigDecimal("150.00"));
    assertThat(damaged.depositRefund()).isEqualByComparingTo("250.00");
    assertThat(catalogue.inStock(item, point)).isEqualTo(1);
  }

  @Test
  void anOverdueRentalIsRemindedOnceADay() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long item = catalogue.item("拐杖-" + tag, "拐杖", BigDecimal.ONE, BigDecimal.TEN, 0);
    long point = catalogue.point("到期服务点-" + tag, RegistryTestData.COMMUNITY, "测试路4号");
    catalogue.addUnits(item, point, 1, tag);
    long person = registry.person("到期未还", RegistryTestData.COMMUNITY).id();
    long rental = rentals.order(person, item, point, 10, Channel.POINT, "point");
    rentals.handOut(rental, LocalDate.of(2026, 4, 1));

    rentals.remindOverdue(LocalDate.of(2026, 4, 11));
    assertThat(messages(person, "辅具租赁已到期")).as("due on the 11th: not yet overdue").isZero();
    rentals.remindOverdue(LocalDate.of(2026, 4, 12));
    rentals.remindOverdue(LocalDate.of(2026, 4, 12));
    assertThat(messages(person, "辅具租赁已到期")).isEqualTo(1);
  }

  @Test
  void aDeathCancelsOpenRentalsWithAMessageAndPutsTheUnitBack() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long item = catalogue.item("坐便椅-" + tag, "坐便椅", BigDecimal.ONE, BigDecimal.TEN, 0);
    long point = catalogue.point("死亡服务点-" + tag, RegistryTestData.COMMUNITY, "测试路5号");
    catalogue.addUnits(item, point, 1, tag);
    long person = registry.person("租用人已故", RegistryTestData.COMMUNITY).id();
    long rental = rentals.order(person, item, point, 10, Channel.PORTAL, "citizen");

    personCommands.recordDeath(
        person, new DeathReport(LocalDate.of(2026, 5, 2), "STAFF", null, "测试"));
    SubsidyTestSupport.await(jdbc, () -> "CANCELLED".equals(rentals.find(rental).status()));

    assertThat(catalogue.inStock(item, point)).isEqualTo(1);
    assertThat(messages(person, "辅具租赁已取消")).isEqualTo(1);
  }

  private int messages(long person, String subject) {
    return jdbc.sql(
            "select count(*) from portal.citizen_message where person_id = ? and subject = ?")
        .params(person, subject)
        .query(Integer.class)
        .single();
  }
}
