package cn.minzheng.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server and its two roles: the owner (runs migrations, owns every object)
 * and the application role (reads and writes data, may not alter the schema nor update or delete
 * audit rows). Separating them is what makes the audit log append-only for the application.
 */
final class EmbeddedPostgresServer {

  static final String OWNER_ROLE = "minzheng_owner";
  static final String APP_ROLE = "minzheng_app";
  // Loopback-only server of a single user's machine; production uses an external server.
  static final String PASSWORD = "minzheng-local";
  private static final String DATABASE = "minzheng";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;
  private final @Nullable Path dataDir;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, @Nullable Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
  }

  /**
   * @param dataDir where the cluster lives between starts; empty for a throw-away cluster (tests)
   * @param port fixed port, or 0 for any free one
   */
  static EmbeddedPostgresServer start(String dataDir, int port) {
    long started = System.nanoTime();
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setPGStartupWait(Duration.ofSeconds(60))
              // Stopped by the Spring context after its last bean, not by a racing JVM hook.
              .setRegisterShutdownHook(false)
              .setServerConfig("max_connections", "200")
              .setServerConfig("shared_buffers", "256MB")
              .setServerConfig("fsync", dataDir.isBlank() ? "off" : "on")
              // The library turns it off: a commit the application was told about could vanish
              // in a crash. On in every cluster, so tests run what production runs.
              .setServerConfig("synchronous_commit", "on")
              // An online backup copies the log written during the copy last (ClusterBackup):
              // keep enough that a checkpoint meanwhile does not recycle it.
              .setServerConfig("wal_keep_size", "512MB");
      if (port > 0) {
        builder.setPort(port);
      }
      if (!dataDir.isBlank()) {
        Path dir = Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(dir.getParent());
        if (Files.isDirectory(dir)) {
          LeftoverPostmaster.stopIfLeft(dir);
        }
        builder.setDataDirectory(dir).setCleanDataDirectory(false);
      }
      EmbeddedPostgres postgres = builder.start();
      EmbeddedPostgresServer server =
          new EmbeddedPostgresServer(
              postgres, dataDir.isBlank() ? null : Path.of(dataDir).toAbsolutePath());
      server.prepareRolesAndDatabase();
      log.info(
          "Embedded PostgreSQL ready on port {} ({}), data in {}, after {} ms",
          postgres.getPort(),
          server.serverVersion(),
          dataDir.isBlank() ? "a temporary folder" : dataDir,
          (System.nanoTime() - started) / 1_000_000);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL could not start", e);
    }
  }

  /** The cluster's data directory; null for a throw-away cluster. */
  @Nullable Path dataDir() {
    return dataDir;
  }

  /** A superuser session, for what only a superuser may do (an online backup). */
  Connection superuserConnection() throws SQLException {
    return postgres.getPostgresDatabase().getConnection();
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  private void prepareRolesAndDatabase() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      createRoleIfMissing(s, OWNER_ROLE);
      createRoleIfMissing(s, APP_ROLE);
      try (ResultSet rs =
          s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        if (!rs.next()) {
          s.execute("create database " + DATABASE + " owner " + OWNER_ROLE + " encoding 'UTF8'");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Embedded PostgreSQL: roles could not be prepared", e);
    }
  }

  private static void createRoleIfMissing(Statement s, String role) throws SQLException {
    try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
      if (!rs.next()) {
        s.execute("create role " + role + " login password '" + PASSWORD + "'");
      }
    }
  }

  private String serverVersion() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show server_version")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1);
    } catch (SQLException e) {
      return "PostgreSQL";
    }
  }

  void close() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
    }
  }
}
