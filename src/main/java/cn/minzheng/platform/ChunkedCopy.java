package cn.minzheng.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.modulith.NamedInterface;

/**
 * One {@code COPY ... FROM STDIN (FORMAT csv)} on the transaction's connection, fed a chunk of rows
 * at a time: memory holds one chunk whatever the size of the upload, and the database stores a
 * chunk while the next is being checked (a COPY per chunk waited for the database at every chunk).
 * The caller writes each row's CSV into {@link #row()} and calls {@link #rowDone()}; an import that
 * fails is cancelled by {@link #close()} so that its transaction can roll back.
 */
@NamedInterface("bulk")
public final class ChunkedCopy implements AutoCloseable {

  public static final int CHUNK = 5_000;
  private static final HexFormat HEX = HexFormat.of();

  private final DataSource dataSource;
  private final String copySql;
  private final String what;
  private final StringBuilder pending = new StringBuilder(CHUNK * 160);
  private int pendingRows;
  private int rows;
  private Connection connection;
  private CopyIn copy;

  /**
   * @param copySql the {@code copy ... from stdin with (format csv)} statement
   * @param what what is copied, for the message of a failure ("feed rows")
   */
  public ChunkedCopy(DataSource dataSource, String copySql, String what) {
    this.dataSource = dataSource;
    this.copySql = copySql;
    this.what = what;
  }

  /** Where the current row's CSV line is written, ending with a newline. */
  public StringBuilder row() {
    return pending;
  }

  /** The current row is complete; a full chunk is sent. */
  public void rowDone() {
    rows++;
    if (++pendingRows >= CHUNK) {
      flush();
    }
  }

  public int rows() {
    return rows;
  }

  /** Ends the COPY: every row written is in the table. */
  public void finish() {
    flush();
    if (copy != null) {
      try {
        copy.endCopy();
      } catch (SQLException e) {
        throw new IllegalStateException(what + " could not be staged", e);
      } finally {
        copy = null;
      }
    }
  }

  @Override
  public void close() {
    try {
      if (copy != null && copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException e) {
      // the transaction rolls back anyway
    } finally {
      copy = null;
      if (connection != null) {
        DataSourceUtils.releaseConnection(connection, dataSource);
        connection = null;
      }
    }
  }

  /** CSV: an empty unquoted field is NULL, a quoted one is text. */
  public static String quoted(String value) {
    return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
  }

  /** A {@code bytea} field in PostgreSQL's hex form; NULL when absent. */
  public static String bytes(byte[] value) {
    return value == null ? "" : "\\x" + HEX.formatHex(value);
  }

  private void flush() {
    if (pendingRows == 0) {
      return;
    }
    try {
      if (copy == null) {
        connection = DataSourceUtils.getConnection(dataSource);
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
      }
      byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new IllegalStateException(what + " could not be staged", e);
    }
    pending.setLength(0);
    pendingRows = 0;
  }
}
