package cn.minzheng.platform.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on a data directory by a previous run that ended without
 * stopping it (kill -9 of the JVM, a power cut of the JVM's container only). {@code pg_ctl start}
 * detaches the server from the JVM, so it survives; the next start would then wait 60 s for a
 * server that cannot take the directory's lock and fail. Stopping the leftover with a fast shutdown
 * (SIGINT: open transactions roll back, the server checkpoints and removes its {@code
 * postmaster.pid}) lets the next start carry on with the data intact.
 */
final class LeftoverPostmaster {

  /** The embedding library's lock on the data directory, held by the JVM that runs the server. */
  private static final String JVM_LOCK_FILE = "epg-lock";

  private static final Duration STOP_WAIT = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

  private LeftoverPostmaster() {}

  /** Stops a server left on {@code dataDir} by a dead JVM; returns at once when there is none. */
  static void stopIfLeft(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    // A live application holds this lock while its server runs: that server is not left over.
    try (FileChannel channel =
            new RandomAccessFile(dataDir.resolve(JVM_LOCK_FILE).toFile(), "rw").getChannel();
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new IllegalStateException(
            "Embedded PostgreSQL: another running application uses the data directory "
                + dataDir
                + ". Stop it first, or give this one its own minzheng.embedded-db.data-dir.");
      }
      stopServerOf(pidFile, dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL: " + pidFile + " could not be read", e);
    }
  }

  private static void stopServerOf(Path pidFile, Path dataDir) throws IOException {
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      return; // an empty file: no server wrote it completely, PostgreSQL replaces it
    }
    long pid = Long.parseLong(lines.get(0).trim());
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return; // the server died with the JVM: PostgreSQL replaces a lock file of a dead process
    }
    Optional<String> command = process.get().info().command();
    if (command.isEmpty()) {
      throw cannotStop(pid, dataDir, "its process cannot be inspected by this user");
    }
    if (!Path.of(command.get()).getFileName().toString().startsWith("postgres")) {
      // The pid was reused by another program after a reboot: PostgreSQL would refuse to start
      // while "its" process lives, yet no server of this directory runs.
      log.warn("Embedded PostgreSQL: removing {} of a server that no longer runs", pidFile);
      Files.delete(pidFile);
      return;
    }
    log.warn(
        "Embedded PostgreSQL: a server of a previous run (pid {}) still uses {}; stopping it",
        pid,
        dataDir);
    sendFastShutdown(pid, dataDir);
    awaitExit(process.get(), dataDir);
  }

  private static void sendFastShutdown(long pid, Path dataDir) throws IOException {
    try {
      int exit = new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
      if (exit != 0) {
        throw cannotStop(pid, dataDir, "kill -INT " + pid + " failed with exit code " + exit);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw cannotStop(pid, dataDir, "interrupted");
    }
  }

  private static void awaitExit(ProcessHandle process, Path dataDir) {
    try {
      process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
      log.info("Embedded PostgreSQL: the server of the previous run stopped cleanly");
    } catch (TimeoutException e) {
      throw cannotStop(
          process.pid(), dataDir, "it did not stop within " + STOP_WAIT.toSeconds() + " s");
    } catch (ExecutionException e) {
      throw cannotStop(process.pid(), dataDir, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw cannotStop(process.pid(), dataDir, "interrupted");
    }
  }

  private static IllegalStateException cannotStop(long pid, Path dataDir, String why) {
    return new IllegalStateException(
        "Embedded PostgreSQL: a server left running by a previous run (pid "
            + pid
            + ") still uses "
            + dataDir
            + " and could not be stopped ("
            + why
            + "). Stop it with `kill -INT "
            + pid
            + "` as the user who started it, wait until "
            + dataDir.resolve("postmaster.pid")
            + " is gone, then start the application again.");
  }
}
