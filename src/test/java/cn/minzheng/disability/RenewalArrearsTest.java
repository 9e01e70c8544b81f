package cn.minzheng.disability;

import static cn.minzheng.disability.SubsidyTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.disability.device.DeviceCatalogue;
import cn.minzheng.disability.device.DeviceRentals;
import cn.minzheng.disability.device.DeviceRentals.Channel;
import cn.minzheng.disability.device.RentalSubsidySettlement;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A renewal that covers overdue days of a month whose roster is approved pays them as arrears in
 * the next roster (§5.2): 50 % of 6.00 yuan = 3.00 yuan a day, the due day itself not a rental day.
 * Due on 30 June (the last day of the approved June): 30 June was overdue, a renewal pays it, 3.00;
 * due on 1 July (the day after): June was paid whole, nothing. A second renewal pays nothing more.
 * DEVICE_RENTAL 2032-06 is approved by no other test.
 */
@SpringBootTest
class RenewalArrearsTest {

  static final BigDecimal DAILY_SHARE = new BigDecimal("3.00");
  static final YearMonth JUNE = YearMonth.of(2032, 6);
  static final LocalDate HANDED_OUT = LocalDate.of(2032, 6, 10);

  @Autowired DeviceCatalogue catalogue;
  @Autowired DeviceRentals rentals;
  @Autowired RentalSubsidySettlement settlement;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  @Test
  void aRenewalPaysTheOverdueDaysOfAnApprovedMonthOnceAndOnlyThoseDays() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long item =
        catalogue.item("续租轮椅-" + tag, "轮椅", new BigDecimal("6.00"), new BigDecimal("300.00"), 50);
    long point = catalogue.point("续租服务点-" + tag, RegistryTestData.COMMUNITY, "续租路1号");
    catalogue.addUnits(item, point, 2, tag);
    long dueOnLastDay = rated("末日到期");
    long dueOnDayAfter = rated("次日到期");
    long lastDayRental = rentals.order(dueOnLastDay, item, point, 20, Channel.POINT, "point");
    long dayAfterRental = rentals.order(dueOnDayAfter, item, point, 21, Channel.POINT, "point");
    rentals.handOut(lastDayRental, HANDED_OUT);
    rentals.handOut(dayAfterRental, HANDED_OUT);
    assertThat(rentals.find(lastDayRental).dueOn()).isEqualTo(LocalDate.of(2032, 6, 30));
    assertThat(rentals.find(dayAfterRental).dueOn()).isEqualTo(LocalDate.of(2032, 7, 1));

    settlement.settle(JUNE);
    approve(JUNE);
    assertThat(paid(dueOnLastDay)).isEqualByComparingTo(share(HANDED_OUT, 30)); // 10-29 June
    assertThat(paid(dueOnDayAfter)).isEqualByComparingTo(share(HANDED_OUT, 31)); // 10-30 June

    rentals.renew(lastDayRental, 10, "point");
    rentals.renew(dayAfterRental, 10, "point");
    await(jdbc, () -> !adjustments(dueOnLastDay).isEmpty());

    assertThat(adjustments(dueOnLastDay)).containsExactly("2032-06-01 2032-07-01 3.00");
    assertThat(adjustments(dueOnDayAfter)).as("no overdue day in June").isEmpty();

    rentals.renew(lastDayRental, 5, "point");
    await(jdbc, () -> true);
    assertThat(adjustments(dueOnLastDay)).as("June is paid whole now").hasSize(1);
  }

  /** The share of the days from hand-out to the day before {@code endDay} of June. */
  private static BigDecimal share(LocalDate from, int endDay) {
    long days = ChronoUnit.DAYS.between(from, LocalDate.of(2032, 6, 1).plusDays(endDay - 1));
    return DAILY_SHARE.multiply(BigDecimal.valueOf(days));
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

  private void approve(YearMonth month) {
    jdbc.sql(
            """
            insert into payments.roster (programme, month, district_code, state, made_by_id,
                   made_by, made_at, approved_by_id, approved_by, approved_at)
            values ('DEVICE_RENTAL', ?, '510104000000', 'APPROVED', 1, 'maker', now(),
                    2, 'checker', now())
            on conflict do nothing""")
        .param(month.atDay(1))
        .update();
  }

  private BigDecimal paid(long person) {
    return SubsidyTestSupport.paid(jdbc, person, "DEVICE_RENTAL", JUNE.atDay(1).toString())
        .orElseThrow();
  }

  private List<String> adjustments(long person) {
    return jdbc.sql(
            "select for_month || ' ' || pay_month || ' ' || amount from payments.adjustment_fact"
                + " where person_id = ? and programme = 'DEVICE_RENTAL' order by pay_month")
        .param(person)
        .query(String.class)
        .list();
  }
}
