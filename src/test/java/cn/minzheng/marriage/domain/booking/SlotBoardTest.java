package cn.minzheng.marriage.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.MarriageFixtures;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The booking pages' queries at the opening minute of a peak day: bounded (that they are indexed is
 * the booking engine's test, {@code cn.minzheng.booking.slots.SlotsTest}).
 */
@SpringBootTest
class SlotBoardTest {

  @Autowired SlotBoard board;
  @Autowired Offices offices;
  @Autowired JdbcClient jdbc;

  @Test
  void showsAtMostTwoWeeksFromTomorrowAndOnlyOpenSlots() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    LocalDate today = ChinaTime.today();
    for (int d = 0; d <= 20; d++) {
      MarriageFixtures.slot(jdbc, office, today.plusDays(d), 3);
    }
    long closed = MarriageFixtures.slot(jdbc, office, today.plusDays(2), 3);
    jdbc.sql("update booking.slot set closed = true where id = ?").param(closed).update();

    List<SlotBoard.DayOffer> days = board.days(office);

    assertThat(days).hasSize(14);
    assertThat(days.get(0).day()).isEqualTo(today.plusDays(1));
    assertThat(days.get(13).day()).isEqualTo(today.plusDays(14));
    assertThat(days.get(1).free()).isEqualTo(3);
    assertThat(board.slots(office, today.plusDays(2))).extracting(Slot::id).doesNotContain(closed);
    assertThat(board.slots(office, today)).isEmpty();
  }

  @Test
  void namesPeakDaysOnlyWhereThereArePeakSlots() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    LocalDate day = ChinaTime.today().plusDays(5);
    long slot = MarriageFixtures.slot(jdbc, office, day, 3);
    jdbc.sql("update booking.slot set peak = true where id = ?").param(slot).update();
    MarriageFixtures.slot(jdbc, office, day.plusDays(1), 3);

    List<SlotBoard.DayOffer> days = board.days(office);

    assertThat(days.get(0).peakName()).isPresent();
    assertThat(days.get(1).peakName()).isEmpty();
  }
}
