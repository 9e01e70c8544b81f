package cn.minzheng.booking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.testing.MigratedModules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The booking engine starts on its own (the platform included for the application's infrastructure,
 * region for the platform's data scope): it needs no owner's tables.
 */
@ApplicationModuleTest(extraIncludes = {"platform", "region"})
class BookingModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired Slots slots;
  @Autowired Reservations reservations;

  @Test
  void startsWithItsOwnMigrations() {
    assertThat(MigratedModules.of(jdbc)).contains("booking").doesNotContain("marriage");
  }

  @Test
  void booksASeatOfItsOwnResource() {
    long slot =
        BookingFixtures.slot(slots, BookingFixtures.resource(slots), LocalDate.of(2033, 1, 3), 1);

    assertThat(reservations.book(slot, "test.family:1")).isPresent();
    assertThat(slots.take(slot)).isFalse();
  }
}
