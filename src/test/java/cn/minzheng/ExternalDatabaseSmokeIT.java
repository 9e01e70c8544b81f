package cn.minzheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production path: the application pointed at a separate PostgreSQL server by the standard
 * {@code SPRING_DATASOURCE_*} settings only, with production keys and no demo profile. {@code
 * .ci/run} starts that server (the machine's own PostgreSQL binaries, not the embedded one) and
 * sets {@code SMOKE_DATABASE_*}.
 */
@EnabledIfEnvironmentVariable(named = "SMOKE_DATABASE_URL", matches = ".+")
class ExternalDatabaseSmokeIT {

  @Test
  void migratesAndServesOnAnExternalPostgresqlGivenOnlyTheStandardSettings() throws Exception {
    String url = System.getenv("SMOKE_DATABASE_URL");
    Map<String, String> properties = new HashMap<>();
    properties.put("spring.datasource.url", url);
    properties.put("spring.datasource.username", System.getenv("SMOKE_DATABASE_USERNAME"));
    properties.put("spring.datasource.password", System.getenv("SMOKE_DATABASE_PASSWORD"));
    properties.put("server.port", "0");
    properties.put("minzheng.crypto.allow-generated-key", "false");
    properties.put("minzheng.crypto.data-key", "00112233445566778899aabbccddeeff");
    properties.put("minzheng.crypto.index-key", "ffeeddccbbaa99887766554433221100");

    try (ConfigurableApplicationContext context =
        // As command-line arguments: default properties would lose against application.yml's
        // server.port 8080, and the test must not need that port free.
        new SpringApplicationBuilder(MinzhengApplication.class)
            .run(
                properties.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new))) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select current_database()").query(String.class).single())
          .isEqualTo(url.substring(url.lastIndexOf('/') + 1));
      assertThat(
              jdbc.sql("select count(*) from flyway_schema_history where success")
                  .query(Long.class)
                  .single())
          .isPositive();

      int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"UP\"");

      HttpResponse<String> login =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(200);
    }
  }
}
