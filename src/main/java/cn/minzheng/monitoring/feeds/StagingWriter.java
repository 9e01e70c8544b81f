package cn.minzheng.monitoring.feeds;

import cn.minzheng.platform.ChunkedCopy;
import javax.sql.DataSource;

/** COPYs a delivery's checked rows into {@code monitoring.feed_staging}, one COPY per delivery. */
final class StagingWriter implements AutoCloseable {

  private static final String COPY =
      "copy monitoring.feed_staging (batch_id, line, id_idx, masked_id, fact_date, amount, detail,"
          + " error_field, error_reason) from stdin with (format csv)";

  private final ChunkedCopy copy;
  private final long batchId;

  StagingWriter(DataSource dataSource, long batchId) {
    this.copy = new ChunkedCopy(dataSource, COPY, "feed rows");
    this.batchId = batchId;
  }

  void add(FeedRowCheck.StagedRow row) {
    copy.row()
        .append(batchId)
        .append(',')
        .append(row.line)
        .append(',')
        .append(ChunkedCopy.bytes(row.idIndex))
        .append(',')
        .append(row.maskedId == null ? "" : row.maskedId)
        .append(',')
        .append(row.date == null ? "" : row.date.toString())
        .append(',')
        .append(row.amount == null ? "" : row.amount.toPlainString())
        .append(',')
        .append(ChunkedCopy.quoted(row.detail))
        .append(',')
        .append(ChunkedCopy.quoted(row.errorField))
        .append(',')
        .append(ChunkedCopy.quoted(row.errorReason))
        .append('\n');
    copy.rowDone();
  }

  int rows() {
    return copy.rows();
  }

  void finish() {
    copy.finish();
  }

  @Override
  public void close() {
    copy.close();
  }
}
