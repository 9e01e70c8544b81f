package cn.minzheng.platform.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 before any bean needs a connection, unless {@code
 * spring.datasource.url} points at an external server. Doing it at environment time lets Spring
 * Boot's own data source, Flyway, session and event-registry wiring work unchanged in both cases.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
        || !environment.getProperty("minzheng.embedded-db.enabled", Boolean.class, true)) {
      return;
    }
    String dataDir = environment.getProperty("minzheng.embedded-db.data-dir", "");
    String restoreFrom = environment.getProperty("minzheng.embedded-db.restore-from", "");
    if (!restoreFrom.isBlank()) {
      RestoreOnStart.apply(
          Path.of(restoreFrom),
          dataDir,
          Path.of(environment.getProperty("minzheng.crypto.generated-key-dir", "./data/keys")));
    }
    EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(
            dataDir, environment.getProperty("minzheng.embedded-db.port", Integer.class, 0));
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource("embeddedPostgres", connectionProperties(server)));
    stopAfterTheContext(application, server);
  }

  /** The data source as the app role, Flyway as the owner role. */
  static Map<String, Object> connectionProperties(EmbeddedPostgresServer server) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("spring.datasource.url", server.jdbcUrl());
    properties.put("spring.datasource.username", EmbeddedPostgresServer.APP_ROLE);
    properties.put("spring.datasource.password", EmbeddedPostgresServer.PASSWORD);
    properties.put("spring.flyway.user", EmbeddedPostgresServer.OWNER_ROLE);
    properties.put("spring.flyway.password", EmbeddedPostgresServer.PASSWORD);
    properties.put("minzheng.database.app-role", EmbeddedPostgresServer.APP_ROLE);
    properties.put("minzheng.database.embedded", true);
    return properties;
  }

  /**
   * Registered before any other bean, so destroyed after all of them: the connection pool, sessions
   * and event registry close before the server stops. The JVM hook covers the cases where nobody
   * closes the context (a test run ending, Ctrl-C): it closes the context first, waiting for
   * Spring's own hook if that one is already closing it, and only then the server, so no pool talks
   * to a stopped server and no server outlives its JVM.
   */
  private static void stopAfterTheContext(
      SpringApplication application, EmbeddedPostgresServer server) {
    application.addInitializers(
        context -> {
          if (context.getBeanFactory() instanceof DefaultListableBeanFactory factory) {
            factory.registerDisposableBean("embeddedPostgresServer", server::close);
            factory.registerSingleton("embeddedPostgres", server);
          }
          Runtime.getRuntime()
              .addShutdownHook(
                  new Thread(
                      () -> {
                        context.close();
                        server.close();
                      },
                      "embedded-postgres-stop"));
        });
  }
}
