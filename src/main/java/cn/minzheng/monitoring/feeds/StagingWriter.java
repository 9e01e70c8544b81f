package cn.minzheng.monitoring.feeds;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * COPYs staged rows into {@code monitoring.feed_staging} in chunks, on the transaction's
 * connection, so that memory holds one chunk whatever the size of the file.
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

  @Override
  public void close() {
    flush();
  }

  private void flush() {
    if (pendingRows == 0) {
      return;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(COPY, new StringReader(pending.toString()));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("feed rows could not be staged", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
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
