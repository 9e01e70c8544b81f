package cn.minzheng.marriage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Issue 23: a booking is paid in database round trips, and on a peak day they are the cost. The
 * statements one booking sends (and its commit), counted on the connection, stay within the budget
 * below; a change that adds one fails here and has to say why.
 */
@SpringBootTest
class BookingRoundTripsTest {

  /**
   * The two parties' registry look-ups, the slot, their histories, the appointment with its
   * parties, one message to each registered party, the audit entry, the seat, the commit: 10 (11
   * before the messages took the parties from the booking instead of reading them again).
   */
  static final int BUDGET = 10;

  private static final ThreadLocal<List<String>> SENT = new ThreadLocal<>();

  @Autowired BookingService bookings;
  @Autowired Offices offices;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired DataSource dataSource;

  @Test
  void aBookingOfTwoRegisteredPartiesStaysWithinItsRoundTrips() throws SQLException {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, LocalDate.of(2031, 10, 8), 5);
    String man = MarriageFixtures.adult(true);
    String woman = MarriageFixtures.adult(false);
    registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED);
    registry.person(woman, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED);

    assertThat(dataSource.unwrap(HikariDataSource.class).getDataSource())
        .as("the pool's connections are counted")
        .isInstanceOf(CountingDataSource.class);
    List<String> sent = new ArrayList<>();
    SENT.set(sent);
    try {
      bookings.book(new BookingRequest(slot, AppointmentType.MARRIAGE, man, woman, null));
    } finally {
      SENT.remove();
    }

    assertThat(sent).as(String.join("\n", sent)).hasSizeLessThanOrEqualTo(BUDGET);
    assertThat(sent).anyMatch(s -> s.contains("booking.slot")).contains("commit");
  }

  /** Counts what the test's thread sends on every connection of the application's pool. */
  @TestConfiguration
  static class Counting {

    @Bean
    static BeanPostProcessor countingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          // the pool's own connections come from a counting data source; the pool, its type and
          // its URL (which Flyway reads) stay as they are
          // (the pool may already be wrapped: platform/database/RowScopedDataSource)
          if (bean instanceof DataSource source && wraps(source)) {
            HikariDataSource pool = unwrap(source);
            PGSimpleDataSource raw = new PGSimpleDataSource();
            raw.setUrl(pool.getJdbcUrl());
            raw.setUser(pool.getUsername());
            raw.setPassword(pool.getPassword());
            pool.setDataSource(new CountingDataSource(raw));
          }
          return bean;
        }
      };
    }

    private static boolean wraps(DataSource source) {
      try {
        return source.isWrapperFor(HikariDataSource.class);
      } catch (SQLException e) {
        return false;
      }
    }

    private static HikariDataSource unwrap(DataSource source) {
      try {
        return source.unwrap(HikariDataSource.class);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static final class CountingDataSource extends DelegatingDataSource {

    CountingDataSource(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return counted(super.getConnection());
    }

    /** The pool asks with its user and password. */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return counted(super.getConnection(user, password));
    }

    private static Connection counted(Connection real) {
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                List<String> sent = SENT.get();
                if (sent != null) {
                  switch (method.getName()) {
                    case "prepareStatement", "prepareCall" -> sent.add(String.valueOf(args[0]));
                    case "createStatement" -> sent.add("(statement)");
                    case "commit" -> sent.add("commit");
                    default -> {}
                  }
                }
                try {
                  return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }
  }
}
