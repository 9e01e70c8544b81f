package cn.minzheng.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.MinzhengApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database stops under a running application: pages and API answer 503 within seconds,
 * readiness is DOWN; when it comes back, so does the application, without a restart.
 */
class DatabaseOutageTest {

  /** Hikari waits 3 s for a connection; the rest is margin for a loaded build machine. */
  private static final Duration FAST = Duration.ofSeconds(10);

  private static final String PAGE = "/public/elderly/service-list";
  private static final String API = "/api/v1/me";

  @TempDir Path work;

  private EmbeddedPostgresServer database;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(FAST).build();
  private int appPort;

  @Test
  void anOutageAnswers503WithinSecondsAndTheApplicationRecoversByItself() throws Exception {
    Path dataDir = work.resolve("pg");
    int databasePort = freePort();
    database = EmbeddedPostgresServer.start(dataDir.toString(), databasePort);
    // Arguments, not builder properties: those are defaults, below application.yml's port 8080.
    String[] arguments =
        Stream.concat(
                EmbeddedPostgresEnvironmentPostProcessor.connectionProperties(database)
                    .entrySet()
                    .stream()
                    .map(property -> "--" + property.getKey() + "=" + property.getValue()),
                Stream.of("--server.port=0"))
            .toArray(String[]::new);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(MinzhengApplication.class).run(arguments)) {
      appPort = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
      assertThat(get(PAGE).statusCode()).isEqualTo(200);
      assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

      database.close();

      HttpResponse<String> page = timedGet(PAGE);
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.body()).contains("服务暂不可用");
      HttpResponse<String> api = timedGet(API);
      assertThat(api.statusCode()).isEqualTo(503);
      assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(api.body()).contains("\"status\":503").contains("服务暂不可用");
      HttpResponse<String> readiness = timedGet("/actuator/health/readiness");
      assertThat(readiness.statusCode()).isEqualTo(503);
      assertThat(readiness.body()).contains("DOWN");
      assertThat(timedGet("/actuator/health").statusCode()).isEqualTo(503);
      assertThat(get("/actuator/health/liveness").statusCode())
          .as("alive: restarting the application would not bring the database back")
          .isEqualTo(200);

      database = EmbeddedPostgresServer.start(dataDir.toString(), databasePort);

      awaitStatus(PAGE, 200);
      awaitStatus("/actuator/health/readiness", 200);
      assertThat(get(API).statusCode()).isEqualTo(401);
    }
  }

  @AfterEach
  void stopTheDatabase() {
    if (database != null) {
      database.close();
    }
  }

  private HttpResponse<String> timedGet(String path) throws IOException, InterruptedException {
    long started = System.nanoTime();
    HttpResponse<String> response = get(path);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).as(path).isLessThan(FAST);
    return response;
  }

  /** The API with a bearer token: checking it needs the database (401 when it is up). */
  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + appPort + path))
            .timeout(Duration.ofMinutes(1))
            .header("Accept", path.equals(PAGE) ? "text/html" : "application/json");
    if (path.startsWith("/api/")) {
      request.header("Authorization", "Bearer not-a-known-token");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void awaitStatus(String path, int expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    int status = get(path).statusCode();
    while (status != expected && System.nanoTime() < deadline) {
      Thread.sleep(500);
      status = get(path).statusCode();
    }
    assertThat(status).as(path + " after the database came back").isEqualTo(expected);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
