package cn.minzheng.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Puts a backup of {@link DatabaseBackups} in place before the embedded server starts: checks the
 * manifest, moves the current data directory aside (never deletes it: a restore can be undone by
 * moving it back), copies the backup's cluster in and restores the generated key when the machine
 * has none. The server then replays the backup's log and starts as of the backup's end.
 */
final class ClusterRestore {

  static final String CLUSTER = "pgdata";
  static final String KEYS = "keys";
  private static final Logger log = LoggerFactory.getLogger(ClusterRestore.class);

  private ClusterRestore() {}

  /**
   * @return where the previous data directory was moved, or null when there was none
   */
  static Path restore(Path backup, Path dataDir, Path keyDir) {
    int files = BackupManifest.verify(backup);
    try {
      Path aside = null;
      if (Files.exists(dataDir)) {
        aside =
            dataDir.resolveSibling(
                dataDir.getFileName()
                    + ".before-restore-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.move(dataDir, aside);
      }
      FileSystemUtils.copyRecursively(backup.resolve(CLUSTER), dataDir);
      // PostgreSQL refuses a data directory that others may read.
      Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
      restoreKeys(backup.resolve(KEYS), keyDir);
      log.warn(
          "Restored the database from {} ({} files checked); the previous data directory is {}",
          backup,
          files,
          aside == null ? "none" : aside);
      return aside;
    } catch (IOException e) {
      throw new UncheckedIOException("restore from " + backup + " failed", e);
    }
  }

  /**
   * The data is encrypted field by field: without the key it was written with, a restored cluster
   * is unreadable. A machine with a key of its own keeps it; if it differs, decrypting tells so.
   */
  private static void restoreKeys(Path backupKeys, Path keyDir) throws IOException {
    if (!Files.isDirectory(backupKeys)) {
      return;
    }
    boolean hasKeys;
    try (Stream<Path> present = Files.exists(keyDir) ? Files.list(keyDir) : Stream.empty()) {
      hasKeys = present.findAny().isPresent();
    }
    if (hasKeys) {
      log.warn("Restore: {} holds a key already; the backup's key was not copied over it", keyDir);
      return;
    }
    FileSystemUtils.copyRecursively(backupKeys, keyDir);
  }
}
