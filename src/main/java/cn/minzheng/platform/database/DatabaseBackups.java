package cn.minzheng.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Nightly backups of the embedded cluster into {@code minzheng.backup.directory}, the newest {@code
 * minzheng.backup.keep} kept: {@code minzheng-<time>/pgdata} (an online physical copy, see {@link
 * ClusterBackup}), {@code keys/} (the generated field key: the data is unreadable without it) and
 * {@code MANIFEST.sha256}. An external PostgreSQL is backed up by its operators' tools
 * (pg_basebackup, pg_dump: docs/operations.md); there this does nothing.
 */
@Component
class DatabaseBackups {

  private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);
  private static final String PREFIX = "minzheng-";

  private final ObjectProvider<EmbeddedPostgresServer> server;
  private final Path directory;
  private final int keep;
  private final Path keyDir;

  DatabaseBackups(
      ObjectProvider<EmbeddedPostgresServer> server,
      @Value("${minzheng.backup.directory:./data/backups}") String directory,
      @Value("${minzheng.backup.keep:7}") int keep,
      @Value("${minzheng.crypto.generated-key-dir:./data/keys}") String keyDir) {
    this.server = server;
    this.directory = Path.of(directory).toAbsolutePath();
    this.keep = keep;
    this.keyDir = Path.of(keyDir);
  }

  @Scheduled(cron = "${minzheng.backup.cron:0 15 3 * * *}", zone = "Asia/Shanghai")
  void nightly() {
    EmbeddedPostgresServer embedded = server.getIfAvailable();
    if (embedded != null && embedded.dataDir() != null) {
      backupNow();
    }
  }

  /** Writes one backup and prunes the oldest beyond {@code keep}; returns its directory. */
  Path backupNow() {
    EmbeddedPostgresServer embedded = server.getObject();
    Path dataDir = embedded.dataDir();
    if (dataDir == null) {
      throw new IllegalStateException("a throw-away cluster is not backed up");
    }
    Path target =
        directory.resolve(
            PREFIX
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
    long started = System.nanoTime();
    try (Connection superuser = embedded.superuserConnection()) {
      Files.createDirectories(target);
      ClusterBackup.Result result =
          ClusterBackup.copy(superuser, dataDir, target.resolve(ClusterRestore.CLUSTER));
      if (Files.isDirectory(keyDir)) {
        FileSystemUtils.copyRecursively(keyDir, target.resolve(ClusterRestore.KEYS));
      }
      BackupManifest.write(target);
      log.info(
          "Database backup {} written in {} ms (log {} to {})",
          target,
          (System.nanoTime() - started) / 1_000_000,
          result.firstSegment(),
          result.lastSegment());
    } catch (SQLException | IOException | RuntimeException e) {
      deleteQuietly(target);
      log.error("Database backup failed: {}", e.getMessage(), e);
      throw e instanceof IOException io
          ? new UncheckedIOException(io)
          : e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    prune();
    return target;
  }

  private void prune() {
    try (Stream<Path> entries = Files.list(directory)) {
      List<Path> backups =
          entries
              .filter(p -> p.getFileName().toString().startsWith(PREFIX))
              .filter(p -> Files.exists(p.resolve(BackupManifest.FILE)))
              .sorted()
              .toList();
      for (Path old : backups.subList(0, Math.max(0, backups.size() - keep))) {
        deleteQuietly(old);
      }
    } catch (IOException e) {
      log.warn("Old backups in {} could not be pruned: {}", directory, e.getMessage());
    }
  }

  private static void deleteQuietly(@Nullable Path path) {
    try {
      FileSystemUtils.deleteRecursively(path);
    } catch (IOException e) {
      log.warn("{} could not be deleted: {}", path, e.getMessage());
    }
  }
}
