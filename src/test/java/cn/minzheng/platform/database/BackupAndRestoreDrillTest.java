package cn.minzheng.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The restore drill of docs/operations.md, on real clusters: rows written before a backup come
 * back, rows written after it do not, the key comes back with the data, a damaged backup is refused
 * before anything is touched, and a start that still carries the option does not restore twice.
 */
class BackupAndRestoreDrillTest {

  @TempDir Path tmp;

  @Test
  void restoresWhatWasCommittedBeforeTheBackupWithItsKey() throws Exception {
    Path keys = Files.createDirectories(tmp.resolve("keys"));
    Files.writeString(keys.resolve("field.key"), "the-key", StandardCharsets.UTF_8);
    EmbeddedPostgresServer original = EmbeddedPostgresServer.start(tmp.resolve("pg").toString(), 0);
    Path backup;
    try {
      sql(original, "create table drill (id int primary key, name text)");
      sql(original, "insert into drill select g, '𠮷' || g from generate_series(1, 1000) g");
      DatabaseBackups backups = backupsOf(original, keys, 1);
      Path first = backups.backupNow();
      sql(original, "insert into drill values (1001, 'after the first backup')");
      backup = backups.backupNow();
      assertThat(first).doesNotExist(); // keep = 1: the older one is pruned
      sql(original, "insert into drill values (1002, 'after the second backup')");
    } finally {
      original.close();
    }

    Path restoredKeys = tmp.resolve("restored-keys");
    RestoreOnStart.apply(backup, tmp.resolve("restored").toString(), restoredKeys);
    EmbeddedPostgresServer restored =
        EmbeddedPostgresServer.start(tmp.resolve("restored").toString(), 0);
    try {
      assertThat(count(restored, "select count(*) from drill")).isEqualTo(1001);
      assertThat(count(restored, "select count(*) from drill where id = 1002")).isZero();
      assertThat(count(restored, "select count(*) from drill where name = '𠮷1000'")).isEqualTo(1);
      assertThat(Files.readString(restoredKeys.resolve("field.key"))).isEqualTo("the-key");
      sql(restored, "insert into drill values (2000, 'written after the restore')");
    } finally {
      restored.close();
    }

    // The same option on the next start: the marker says this cluster came from that backup.
    RestoreOnStart.apply(backup, tmp.resolve("restored").toString(), restoredKeys);
    EmbeddedPostgresServer again =
        EmbeddedPostgresServer.start(tmp.resolve("restored").toString(), 0);
    try {
      assertThat(count(again, "select count(*) from drill where id = 2000")).isEqualTo(1);
    } finally {
      again.close();
    }
  }

  @Test
  void aBackupTakenWhileRowsAreWrittenComesBackConsistent() throws Exception {
    EmbeddedPostgresServer original = EmbeddedPostgresServer.start(tmp.resolve("pg").toString(), 0);
    Path backup;
    long committedBefore;
    try {
      sql(original, "create table busy (id bigint primary key, payload text)");
      AtomicLong written = new AtomicLong();
      AtomicBoolean writing = new AtomicBoolean(true);
      Thread writer =
          new Thread(
              () -> {
                try (Connection c = original.superuserConnection();
                    Statement s = c.createStatement()) {
                  while (writing.get()) {
                    long next = written.get() + 1;
                    s.execute(
                        "insert into busy select g, repeat('x', 200) from generate_series("
                            + next
                            + ", "
                            + (next + 499)
                            + ") g");
                    written.addAndGet(500);
                  }
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      writer.start();
      while (written.get() < 20_000) {
        Thread.sleep(10);
      }
      committedBefore = written.get();
      backup = backupsOf(original, tmp.resolve("no-keys"), 3).backupNow();
      writing.set(false);
      writer.join();
    } finally {
      original.close();
    }

    RestoreOnStart.apply(backup, tmp.resolve("restored").toString(), tmp.resolve("k"));
    EmbeddedPostgresServer restored =
        EmbeddedPostgresServer.start(tmp.resolve("restored").toString(), 0);
    try {
      long rows = count(restored, "select count(*) from busy");
      assertThat(rows).isGreaterThanOrEqualTo(committedBefore);
      // whole statements only, and the index agrees with the table
      assertThat(rows % 500).isZero();
      assertThat(count(restored, "select max(id) from busy")).isEqualTo(rows);
      assertThat(
              count(
                  restored,
                  "select count(*) from (select id from busy order by id offset 0) i"
                      + " where id between 1 and "
                      + rows))
          .isEqualTo(rows);
    } finally {
      restored.close();
    }
  }

  @Test
  void aDamagedBackupIsRefusedBeforeTheDataDirectoryIsTouched() throws Exception {
    Path backup = Files.createDirectories(tmp.resolve("backup/pgdata"));
    Files.writeString(backup.resolve("PG_VERSION"), "17\n");
    BackupManifest.write(tmp.resolve("backup"));
    Files.writeString(backup.resolve("PG_VERSION"), "16\n");
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(data.resolve("kept"), "current");

    assertThatThrownBy(() -> ClusterRestore.restore(tmp.resolve("backup"), data, tmp.resolve("k")))
        .hasMessageContaining("pgdata/PG_VERSION");
    assertThat(Files.readString(data.resolve("kept"))).isEqualTo("current");
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.contains("before-restore"));
    }
  }

  private static DatabaseBackups backupsOf(EmbeddedPostgresServer server, Path keys, int keep) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("server", server));
    return new DatabaseBackups(
        beans.getBeanProvider(EmbeddedPostgresServer.class),
        server.dataDir().resolveSibling("backups").toString(),
        keep,
        keys.toString());
  }

  private static void sql(EmbeddedPostgresServer server, String statement) throws SQLException {
    try (Connection c = server.superuserConnection();
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private static long count(EmbeddedPostgresServer server, String query) throws SQLException {
    try (Connection c = server.superuserConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
