package cn.minzheng.disability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.disability.device.DeviceCatalogue;
import cn.minzheng.disability.device.DeviceRentals;
import cn.minzheng.disability.device.DeviceRentals.Channel;
import cn.minzheng.disability.device.DeviceRentals.Condition;
import cn.minzheng.disability.device.RentalSubsidySettlement;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 辅具租赁补贴, settled per month through payments: the subsidy share (here 50 % of 6.00 yuan a day =
 * 3.00 yuan) of the days a rental was out in the month — hand-out day to the day before the return,
 * at most to the due date, which a renewal moves; a same-day return counts one day; several rentals
 * of a person in a month are summed; a person without a rating gets nothing. Months of 2031, which
 * no other test settles.
 */
@SpringBootTest
class RentalSubsidySettlementTest {

  static final BigDecimal DAILY_SHARE = new BigDecimal("3.00");

  @Autowired DeviceCatalogue catalogue;
  @Autowired DeviceRentals rentals;
  @Autowired RentalSubsidySettlement settlement;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  long item;
  long point;

  @BeforeEach
  void catalogue() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    item =
        catalogue.item("结算轮椅-" + tag, "轮椅", new BigDecimal("6.00"), new BigDecimal("300.00"), 50);
    point = catalogue.point("结算服务点-" + tag, RegistryTestData.COMMUNITY, "结算路1号");
    catalogue.addUnits(item, point, 5, tag);
  }

  @Test
  void aRentalHandedOutOnTheLastDayOfAMonthIsPaidOneDayThenAndTheRestTheMonthAfter() {
    long person = rated("月末领取");
    long rental = rentals.order(person, item, point, 30, Channel.PORTAL, "citizen");
    rentals.handOut(rental, LocalDate.of(2031, 1, 31));

    settlement.settle(YearMonth.of(2031, 1));
    assertThat(paid(person, "2031-01-01")).contains(share(1));

    var back = rentals.giveBack(rental, LocalDate.of(2031, 2, 15), Condition.GOOD, BigDecimal.ZERO);
    settlement.settle(YearMonth.of(2031, 2));
    // 1 February to 14 February: the return day is not a rental day, as in the rent
    assertThat(paid(person, "2031-02-01")).contains(share(14));
    long daysUsed = ChronoUnit.DAYS.between(LocalDate.of(2031, 1, 31), LocalDate.of(2031, 2, 15));
    assertThat(back.rent()).isEqualByComparingTo(new BigDecimal("6.00").multiply(bd(daysUsed)));
    assertThat(back.subsidy()).isEqualByComparingTo(share(1).add(share(14)));
    // the full rent comes out of the deposit; the subsidy is paid by the months above
    assertThat(back.depositRefund())
        .isEqualByComparingTo(new BigDecimal("300.00").subtract(back.rent()));
  }

  @Test
  void aRentalReturnedMidMonthIsPaidToTheDayBeforeTheReturnAndNothingAfter() {
    long person = rated("月中归还");
    long rental = rentals.order(person, item, point, 60, Channel.POINT, "point");
    rentals.handOut(rental, LocalDate.of(2031, 3, 10));
    rentals.giveBack(rental, LocalDate.of(2031, 4, 15), Condition.GOOD, BigDecimal.ZERO);

    settlement.settle(YearMonth.of(2031, 3));
    settlement.settle(YearMonth.of(2031, 4));
    settlement.settle(YearMonth.of(2031, 5));

    assertThat(paid(person, "2031-03-01")).contains(share(22)); // 10 to 31 March
    assertThat(paid(person, "2031-04-01")).contains(share(14)); // 1 to 14 April
    assertThat(paid(person, "2031-05-01")).as("due 9 May, but back on 15 April").isEmpty();
  }

  @Test
  void aRenewalMovesTheDueDateAndWithItTheDaysPaidOverdueDaysAreNotPaid() {
    long person = rated("续租结算");
    long rental = rentals.order(person, item, point, 20, Channel.POINT, "point");
    rentals.handOut(rental, LocalDate.of(2031, 5, 20)); // due 9 June
    assertThat(rentals.find(rental).dueOn()).isEqualTo(LocalDate.of(2031, 6, 9));

    settlement.settle(YearMonth.of(2031, 6));
    assertThat(paid(person, "2031-06-01")).as("1 to 8 June, due the 9th").contains(share(8));

    assertThat(rentals.renew(rental, 30, "point")).isEqualTo(LocalDate.of(2031, 7, 9));
    settlement.settle(YearMonth.of(2031, 6));
    assertThat(paid(person, "2031-06-01")).as("the whole of June once renewed").contains(share(30));

    // back 11 days after the renewed due date: 1 to 8 July paid, the overdue days not
    rentals.giveBack(rental, LocalDate.of(2031, 7, 20), Condition.GOOD, BigDecimal.ZERO);
    settlement.settle(YearMonth.of(2031, 5));
    settlement.settle(YearMonth.of(2031, 7));
    assertThat(paid(person, "2031-05-01")).contains(share(12)); // 20 to 31 May
    assertThat(paid(person, "2031-07-01")).contains(share(8));
  }

  @Test
  void rentalsOfAPersonInAMonthAreSummedASameDayReturnCountsOneDayAndNoRatingNoSubsidy() {
    long person = rated("两次租用");
    long plain = registry.person("未评残", RegistryTestData.COMMUNITY).id();
    long first = rentals.order(person, item, point, 30, Channel.POINT, "point");
    long plainRental = rentals.order(plain, item, point, 30, Channel.POINT, "point");
    rentals.handOut(first, LocalDate.of(2031, 8, 1));
    rentals.handOut(plainRental, LocalDate.of(2031, 8, 1));
    rentals.giveBack(first, LocalDate.of(2031, 8, 11), Condition.GOOD, BigDecimal.ZERO);
    long second = rentals.order(person, item, point, 30, Channel.POINT, "point");
    rentals.handOut(second, LocalDate.of(2031, 8, 20));
    var sameDay =
        rentals.giveBack(second, LocalDate.of(2031, 8, 20), Condition.GOOD, BigDecimal.ZERO);
    rentals.giveBack(plainRental, LocalDate.of(2031, 8, 31), Condition.GOOD, BigDecimal.ZERO);

    settlement.settle(YearMonth.of(2031, 8));

    assertThat(paid(person, "2031-08-01")).contains(share(10).add(share(1)));
    assertThat(sameDay.subsidy()).isEqualByComparingTo(share(1));
    assertThat(paid(plain, "2031-08-01")).isEmpty();
  }

  private long rated(String name) {
    return registry
        .disabledPerson(
            name,
            RegistryTestData.COMMUNITY,
            DisabilityCategory.PHYSICAL,
            2,
            LocalDate.of(2020, 1, 1))
        .id();
  }

  private Optional<BigDecimal> paid(long person, String month) {
    return SubsidyTestSupport.paid(jdbc, person, "DEVICE_RENTAL", month);
  }

  private static BigDecimal share(long days) {
    return DAILY_SHARE.multiply(bd(days));
  }

  private static BigDecimal bd(long value) {
    return BigDecimal.valueOf(value);
  }
}
