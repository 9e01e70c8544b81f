package cn.minzheng.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An online physical backup of a running PostgreSQL cluster whose data directory this JVM can read
 * — the embedded server, whose distribution has no {@code pg_basebackup} and whose version the
 * machine's client tools (PostgreSQL 15 on Debian 12) refuse to dump. It is PostgreSQL's own
 * low-level method ("Making a Base Backup Using the Low Level API"): {@code pg_backup_start} with a
 * fast checkpoint, a copy of the data files while the server keeps serving, {@code pg_backup_stop}
 * for the backup label, then the write-ahead log written meanwhile. A server started on the copy
 * replays that log from the label's checkpoint and comes up consistent as of the backup's end.
 */
final class ClusterBackup {

  /** Run-time contents a backup leaves out (PostgreSQL documents each as safe to omit). */
  private static final Set<String> SKIPPED_CONTENTS =
      Set.of(
          "pg_wal",
          "pg_dynshmem",
          "pg_notify",
          "pg_replslot",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");

  private static final Set<String> SKIPPED_FILES =
      Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label.old");

  private static final Pattern START_SEGMENT =
      Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

  private ClusterBackup() {}

  /** What a backup holds: its directory and the log segments a restore replays. */
  record Result(Path directory, String firstSegment, String lastSegment) {}

  /**
   * @param superuser a connection of a superuser of the cluster; it stays in one session from start
   *     to stop, as the low-level API requires
   * @param dataDir the cluster's data directory
   * @param target a directory that does not exist yet; the copy is written there
   */
  static Result copy(Connection superuser, Path dataDir, Path target) {
    if (Files.exists(target)) {
      throw new IllegalArgumentException("backup target exists already: " + target);
    }
    try (Statement s = superuser.createStatement()) {
      superuser.setAutoCommit(true);
      s.execute("select pg_backup_start(label => 'minzheng', fast => true)");
      boolean stopped = false;
      try {
        copyTree(dataDir, target);
        String label;
        String lastSegment;
        try (ResultSet rs =
            s.executeQuery(
                "select labelfile, spcmapfile, pg_walfile_name(lsn)"
                    + " from pg_backup_stop(wait_for_archive => false)")) {
          rs.next();
          label = rs.getString(1);
          String tablespaceMap = rs.getString(2);
          lastSegment = rs.getString(3);
          stopped = true;
          Files.writeString(target.resolve("backup_label"), label, StandardCharsets.UTF_8);
          if (tablespaceMap != null && !tablespaceMap.isBlank()) {
            Files.writeString(
                target.resolve("tablespace_map"), tablespaceMap, StandardCharsets.UTF_8);
          }
        }
        String firstSegment = firstSegmentOf(label);
        copyLog(dataDir.resolve("pg_wal"), target.resolve("pg_wal"), firstSegment, lastSegment);
        return new Result(target, firstSegment, lastSegment);
      } finally {
        if (!stopped) {
          s.execute("select pg_backup_stop(wait_for_archive => false)");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("backup failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("backup failed writing " + target, e);
    }
  }

  static String firstSegmentOf(String label) {
    Matcher m = START_SEGMENT.matcher(label);
    if (!m.find()) {
      throw new IllegalStateException("backup label without its start segment: " + label);
    }
    return m.group(1);
  }

  /**
   * Copies the log segments from {@code first} to {@code last}; a missing one makes the backup
   * useless (the server recycled it during a long copy), so it fails loudly instead.
   */
  static void copyLog(Path from, Path to, String first, String last) throws IOException {
    Files.createDirectories(to.resolve("archive_status"));
    for (String segment : WalSegments.between(first, last)) {
      Path source = from.resolve(segment);
      if (!Files.exists(source)) {
        throw new IllegalStateException(
            "backup incomplete: log segment " + segment + " was recycled during the copy");
      }
      Files.copy(source, to.resolve(segment), StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            boolean skipContents =
                !dir.equals(from) && SKIPPED_CONTENTS.contains(dir.getFileName().toString());
            return skipContents ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (!SKIPPED_FILES.contains(file.getFileName().toString())) {
              try {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
              } catch (NoSuchFileException dropped) {
                // a file the server removed while we copied (a dropped table): the log replays it
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
  }
}
