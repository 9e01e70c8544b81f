package cn.minzheng.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.core.env.Environment;

/**
 * Floors: what PostgreSQL itself costs for the same rows. Connects as the schema owner (the
 * application role may not create tables) to a scratch schema {@code bench} dropped afterwards.
 */
public final class BenchDatabase {

  private final Environment environment;
  private final Path workDir;

  public BenchDatabase(Environment environment, Path workDir) {
    this.environment = environment;
    this.workDir = workDir;
  }

  public Connection owner() throws SQLException {
    return DriverManager.getConnection(
        environment.getRequiredProperty("spring.datasource.url"),
        environment.getRequiredProperty("spring.flyway.user"),
        environment.getRequiredProperty("spring.flyway.password"));
  }

  public void execute(String sql) {
    try (Connection c = owner();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Writes a table's rows in COPY text format to a file (untimed preparation of a floor). */
  public Path export(String table) {
    Path file = workDir.resolve(table.replace('.', '_') + ".copy");
    try (Connection c = owner();
        OutputStream out = Files.newOutputStream(file)) {
      c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy " + table + " to stdout", out);
      return file;
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("export of " + table, e);
    }
  }

  /**
   * The floor of a load: {@code COPY} of the very rows the platform stored into an unindexed table
   * with the same columns.
   */
  public Duration copyFloor(String table, Path file) {
    String scratch = "bench." + table.substring(table.indexOf('.') + 1) + "_floor";
    execute("create schema if not exists bench");
    execute("drop table if exists " + scratch);
    execute("create table " + scratch + " (like " + table + ")");
    try (Connection c = owner();
        InputStream in = Files.newInputStream(file)) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      long started = System.nanoTime();
      copy.copyIn("copy " + scratch + " from stdin", in);
      return Duration.ofNanos(System.nanoTime() - started);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("floor copy of " + table, e);
    } finally {
      execute("drop table if exists " + scratch);
      deleteQuietly(file);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover file under target/bench is harmless; the next run overwrites it
    }
  }

  /** The floor of a set-based computation: {@code INSERT ... SELECT} into an unindexed table. */
  public Duration insertSelectFloor(String columns, String select) {
    execute("create schema if not exists bench");
    execute("drop table if exists bench.insert_floor");
    execute("create table bench.insert_floor (" + columns + ")");
    try (Connection c = owner();
        Statement s = c.createStatement()) {
      long started = System.nanoTime();
      s.execute("insert into bench.insert_floor " + select);
      return Duration.ofNanos(System.nanoTime() - started);
    } catch (SQLException e) {
      throw new IllegalStateException("floor insert", e);
    } finally {
      execute("drop table if exists bench.insert_floor");
    }
  }

  /**
   * The floor of a file import: {@code COPY} of the file as it is (CSV with its header) into an
   * unindexed table of text columns, which takes any row, valid or not. The file is kept.
   */
  public Duration copyFileFloor(Path file, String columns) {
    execute("create schema if not exists bench");
    execute("drop table if exists bench.file_floor");
    execute("create table bench.file_floor (" + columns + ")");
    try (Connection c = owner();
        InputStream in = Files.newInputStream(file)) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      long started = System.nanoTime();
      copy.copyIn("copy bench.file_floor from stdin with (format csv, header true)", in);
      return Duration.ofNanos(System.nanoTime() - started);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("floor copy of " + file, e);
    } finally {
      execute("drop table if exists bench.file_floor");
    }
  }

  public long count(String table) {
    try (Connection c = owner();
        Statement s = c.createStatement();
        var rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("count of " + table, e);
    }
  }

  public void vacuumAnalyze(String table) {
    execute("vacuum analyze " + table);
  }
}
