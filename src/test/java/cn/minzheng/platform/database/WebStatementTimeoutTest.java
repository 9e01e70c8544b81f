package cn.minzheng.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reading request whose statement cannot finish (here: behind a table lock another session holds)
 * is cancelled after {@code minzheng.web.statement-timeout} and answers 503 over real HTTP; the
 * same kind of statement outside a request is not bounded.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "minzheng.web.statement-timeout=1s")
class WebStatementTimeoutTest {

  private static final String PAGE = "/public/elderly/service-list";

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  /** Without the bound the request would wait for the lock for ever: the test's own limit. */
  @Test
  @Timeout(60)
  void aReadStuckBehindALockAnswers503() throws Exception {
    assertThat(get().statusCode()).isEqualTo(200);
    try (Connection holder = dataSource.getConnection();
        Statement lock = holder.createStatement()) {
      holder.setAutoCommit(false);
      lock.execute("lock table elderly.service_item in access exclusive mode");
      // the lock is held until the rollback below: only the bound can end the request
      HttpResponse<String> stuck = get();
      assertThat(stuck.statusCode()).isEqualTo(503);
      assertThat(stuck.body()).contains("服务暂不可用");
      holder.rollback();
    }
    assertThat(get().statusCode()).isEqualTo(200);
  }

  @Test
  void statementsOutsideARequestAreNotBounded() {
    assertThat(jdbc.sql("select pg_sleep(1.5) is not null").query(Boolean.class).single()).isTrue();
  }

  private HttpResponse<String> get() throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + PAGE))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
