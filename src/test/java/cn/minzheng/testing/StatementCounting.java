package cn.minzheng.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Issue 23: a request is paid in database round trips. Imported by a test
 * ({@code @Import(StatementCounting.class)}; every such test shares one application context), this
 * makes the pool's connections record what the calling thread sends inside {@link #during}: each
 * prepared or plain statement's SQL and each commit.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

  private static final ThreadLocal<List<String>> SENT = new ThreadLocal<>();

  /** What {@code work} sent on the pool's connections from this thread, in order. */
  public static List<String> sentDuring(ThrowingRunnable work) throws Exception {
    return during(
            () -> {
              try {
                work.run();
                return null;
              } catch (Exception e) {
                throw new WrappedException(e);
              }
            })
        .sent();
  }

  /** {@code work}'s answer and what it sent. */
  public static <T> Counted<T> during(Supplier<T> work) throws Exception {
    List<String> sent = new ArrayList<>();
    SENT.set(sent);
    try {
      return new Counted<>(work.get(), sent);
    } catch (WrappedException e) {
      throw (Exception) e.getCause();
    } finally {
      SENT.remove();
    }
  }

  /** An answer and the statements that produced it. */
  public record Counted<T>(T value, List<String> sent) {}

  /** Work that may throw (a MockMvc request). */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }

  private static final class WrappedException extends RuntimeException {
    WrappedException(Exception cause) {
      super(cause);
    }
  }

  /** Whether the pool's connections are counted (a test asserts it, so that it can fail). */
  public static boolean counts(DataSource dataSource) throws SQLException {
    return dataSource.unwrap(HikariDataSource.class).getDataSource() instanceof CountingDataSource;
  }

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
