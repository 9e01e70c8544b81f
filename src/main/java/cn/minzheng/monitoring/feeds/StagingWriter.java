package cn.minzheng.monitoring.feeds;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * COPYs staged rows into {@code monitoring.feed_staging} on the transaction's connection: one COPY
 * for the whole delivery, fed a chunk at a time, so that memory holds one chunk whatever the size
 * of the file, and the database stores one chunk while the next is being checked (a COPY per chunk
 * waited for the database at every chunk).
 */
final class StagingWriter implements AutoCloseable {

  static final int CHUNK = 5_000;
  private static final String COPY =
      "copy monitoring.feed_staging (batch_id, line, id_idx, masked_id, fact_date, amount, detail,"
          + " error_field, error_reason) from stdin with (format csv)";
  private static final HexFormat HEX = HexFormat.of();

  private final DataSource dataSource;
  private final long batchId;
  private final StringBuilder pending = new StringBuilder(CHUNK * 160);
  private int pendingRows;
  private int rows;
  private Connection connection;
  private CopyIn copy;

  StagingWriter(DataSource dataSource, long batchId) {
    this.dataSource = dataSource;
    this.batchId = batchId;
  }

  void add(FeedRowCheck.StagedRow row) {
    pending.append(batchId).append(',').append(row.line).append(',');
    if (row.idIndex != null) {
      pending.append("\\x").append(HEX.formatHex(row.idIndex));
    }
    pending.append(',').append(nullable(row.maskedId)).append(',');
    pending.append(row.date == null ? "" : row.date.toString()).append(',');
    pending.append(row.amount == null ? "" : row.amount.toPlainString()).append(',');
    pending.append(quoted(row.detail)).append(',');
    pending.append(quoted(row.errorField)).append(',').append(quoted(row.errorReason)).append('\n');
    rows++;
    if (++pendingRows >= CHUNK) {
      flush();
    }
  }

  int rows() {
    return rows;
  }

  /** Ends the COPY: every added row is in staging. */
  void finish() {
    flush();
    if (copy != null) {
      try {
        copy.endCopy();
      } catch (SQLException e) {
        throw new IllegalStateException("feed rows could not be staged", e);
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
      throw new IllegalStateException("feed rows could not be staged", e);
    }
    pending.setLength(0);
    pendingRows = 0;
  }

  private static String nullable(String value) {
    return value == null ? "" : value;
  }

  /** CSV: an empty unquoted field is NULL, a quoted one is text. */
  private static String quoted(String value) {
    return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
  }
}
