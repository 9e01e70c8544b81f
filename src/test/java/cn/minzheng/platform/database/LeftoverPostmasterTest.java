package cn.minzheng.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the application leaves its embedded PostgreSQL running on the data directory; the next
 * start stops that server and carries on with the data, instead of waiting 60 s and failing.
 */
class LeftoverPostmasterTest {

  @TempDir Path work;

  private Optional<ProcessHandle> leftover = Optional.empty();

  @Test
  void theNextStartStopsTheServerOfAKilledJvmAndKeepsItsCommittedData() throws Exception {
    Path dataDir = work.resolve("pg");
    Process killedApplication = startApplicationInAnotherJvm(dataDir);
    awaitFile(work.resolve("ready"), Duration.ofMinutes(3));
    killedApplication.destroyForcibly().waitFor();

    leftover = postmasterOf(dataDir);
    assertThat(leftover).as("the server outlived its JVM").hasValueSatisfying(p -> p.isAlive());

    long started = System.nanoTime();
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir.toString(), 0);
    try {
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .as("no 60 s wait for a server that cannot start")
          .isLessThan(Duration.ofSeconds(45));
      assertThat(leftover.get().isAlive()).isFalse();
      assertThat(noteIn(server)).isEqualTo("committed before the kill");
    } finally {
      server.close();
    }
  }

  @AfterEach
  void stopTheLeftoverIfTheTestFailedBeforeItsStop() {
    leftover.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroy);
  }

  private Process startApplicationInAnotherJvm(Path dataDir) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            KilledApplication.class.getName(),
            dataDir.toString(),
            work.resolve("ready").toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static Optional<ProcessHandle> postmasterOf(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
  }

  private static void awaitFile(Path file, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the application in the other JVM did not start: no " + file);
      }
      Thread.sleep(200);
    }
  }

  private static String noteIn(EmbeddedPostgresServer server) throws SQLException {
    try (Connection c = ownerConnection(server);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select note from kept")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static Connection ownerConnection(EmbeddedPostgresServer server) throws SQLException {
    return DriverManager.getConnection(
        server.jdbcUrl(), EmbeddedPostgresServer.OWNER_ROLE, EmbeddedPostgresServer.PASSWORD);
  }

  /** The application's database side, in a JVM the test kills: commits a row, then waits. */
  static final class KilledApplication {

    public static void main(String[] args) throws Exception {
      EmbeddedPostgresServer server = EmbeddedPostgresServer.start(args[0], 0);
      try (Connection c = ownerConnection(server);
          Statement s = c.createStatement()) {
        s.execute("create table kept (note text)");
        s.execute("insert into kept values ('committed before the kill')");
      }
      Files.createFile(Path.of(args[1]));
      Thread.sleep(Duration.ofMinutes(10).toMillis());
    }
  }
}
