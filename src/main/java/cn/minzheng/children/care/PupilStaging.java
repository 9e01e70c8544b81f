package cn.minzheng.children.care;

import cn.minzheng.children.care.PupilRowCheck.StagedPupil;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * COPYs a school file's checked rows into {@code children.screening_staging} on the transaction's
 * connection: one COPY per file fed a chunk at a time, so that memory holds one chunk whatever the
 * file's size and the database stores a chunk while the next is being checked.
 */
final class PupilStaging implements AutoCloseable {

  static final int CHUNK = 5_000;
  private static final String COPY =
      "copy children.screening_staging (import_id, line, id_idx, masked_id, school_no, name, grade,"
          + " myopia, caries, mental, scoliosis, error_field, error_reason) from stdin with (format"
          + " csv)";
  private static final HexFormat HEX = HexFormat.of();

  private final DataSource dataSource;
  private final long importId;
  private final StringBuilder pending = new StringBuilder(CHUNK * 120);
  private int pendingRows;
  private int rows;
  private Connection connection;
  private CopyIn copy;

  PupilStaging(DataSource dataSource, long importId) {
    this.dataSource = dataSource;
    this.importId = importId;
  }

  void add(StagedPupil row) {
    pending.append(importId).append(',').append(row.line).append(',');
    if (row.idIndex != null) {
      pending.append("\\x").append(HEX.formatHex(row.idIndex));
    }
    pending.append(',').append(quoted(row.maskedId));
    pending.append(',').append(quoted(row.schoolNo));
    pending.append(',').append(quoted(row.name));
    pending.append(',').append(quoted(row.grade));
    for (Boolean result : row.results) {
      pending.append(',').append(result == null ? "" : result ? "t" : "f");
    }
    pending.append(',').append(quoted(row.errorField));
    pending.append(',').append(quoted(row.errorReason)).append('\n');
    rows++;
    if (++pendingRows >= CHUNK) {
      flush();
    }
  }

  int rows() {
    return rows;
  }

  /** Ends the COPY: every added row is staged. */
  void finish() {
    flush();
    if (copy != null) {
      try {
        copy.endCopy();
      } catch (SQLException e) {
        throw new IllegalStateException("screening rows could not be staged", e);
      } finally {
        copy = null;
      }
    }
  }

  /** After a failure the COPY is cancelled, so that the transaction can roll back. */
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

  private void flush() {
    if (pendingRows == 0) {
      return;
    }
    try {
      if (copy == null) {
        connection = DataSourceUtils.getConnection(dataSource);
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
      }
      byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new IllegalStateException("screening rows could not be staged", e);
    }
    pending.setLength(0);
    pendingRows = 0;
  }

  /** CSV: an empty unquoted field is NULL, a quoted one is text. */
  private static String quoted(String value) {
    return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
  }
}
