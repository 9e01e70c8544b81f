package cn.minzheng.platform.database;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Bounds every statement a reading web request (GET, HEAD) runs (default 30 s, {@code
 * minzheng.web.statement-timeout}), so a page or API read stuck behind a lock or running away frees
 * its request thread and answers 503 instead of holding the thread until the client gives up.
 * Writes are not bounded: a posted monthly run, feed batch or import is set-based SQL over every
 * beneficiary and at city scale rightly takes minutes; nor are scheduled jobs and migrations, which
 * run on threads without a request.
 *
 * <p>The bound is the driver's query timeout (the driver sends a cancel request when it expires),
 * set on each statement of the application's one {@link JdbcTemplate} (under every {@code
 * JdbcClient}): no extra round trip, and a statement given its own timeout keeps it.
 */
@Configuration(proxyBeanMethods = false)
class WebStatementTimeout {

  @Bean
  JdbcTemplate jdbcTemplate(
      DataSource dataSource,
      @Value("${minzheng.web.statement-timeout:30s}") Duration statementTimeout) {
    return new ReadBoundedJdbcTemplate(dataSource, (int) statementTimeout.toSeconds());
  }

  static final class ReadBoundedJdbcTemplate extends JdbcTemplate {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final int seconds;

    ReadBoundedJdbcTemplate(DataSource dataSource, int seconds) {
      super(dataSource);
      this.seconds = seconds;
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
      super.applyStatementSettings(statement);
      if (seconds > 0 && statement.getQueryTimeout() == 0 && onReadingRequest()) {
        statement.setQueryTimeout(seconds);
      }
    }

    private static boolean onReadingRequest() {
      return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r
          && READS.contains(r.getRequest().getMethod());
    }
  }
}
