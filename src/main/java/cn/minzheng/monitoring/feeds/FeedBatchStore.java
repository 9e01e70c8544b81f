package cn.minzheng.monitoring.feeds;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code monitoring.feed_batch}, its error report and its unmatched rows. */
@Repository
class FeedBatchStore {

  private static final String COLUMNS =
      "id, feed_type, channel, source, file_name, received_at, received_by, rows_total,"
          + " rows_rejected, rows_matched, rows_unmatched";

  private final JdbcClient jdbc;

  FeedBatchStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<FeedBatch> byContent(FeedType type, byte[] sha256) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from monitoring.feed_batch where feed_type = ? and content_sha256 = ?")
        .params(type.name(), sha256)
        .query(FeedBatchStore::map)
        .optional();
  }

  Optional<FeedBatch> byKey(String caller, String key) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from monitoring.feed_batch where caller = ? and idempotency_key = ?")
        .params(caller, key)
        .query(FeedBatchStore::map)
        .optional();
  }

  Optional<FeedBatch> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from monitoring.feed_batch where id = ?")
        .param(id)
        .query(FeedBatchStore::map)
        .optional();
  }

  List<FeedBatch> recent(int limit) {
    return jdbc.sql("select " + COLUMNS + " from monitoring.feed_batch order by id desc limit ?")
        .param(limit)
        .query(FeedBatchStore::map)
        .list();
  }

  long insert(Delivery delivery, String by) {
    return jdbc.sql(
            """
            insert into monitoring.feed_batch (feed_type, channel, source, file_name, content_sha256,
              caller, idempotency_key, received_by)
            values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(
            delivery.type().name(),
            delivery.channel(),
            delivery.source(),
            delivery.fileName(),
            delivery.sha256(),
            delivery.caller(),
            delivery.idempotencyKey(),
            by)
        .query(Long.class)
        .single();
  }

  List<RowError> errors(long batchId, int limit) {
    return jdbc.sql(
            "select line, field, reason from monitoring.feed_error where batch_id = ?"
                + " order by line limit ?")
        .params(batchId, limit)
        .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  List<Unmatched> unmatched(long batchId, int limit) {
    return jdbc.sql(
            "select line, masked_id from monitoring.feed_unmatched where batch_id = ?"
                + " order by line limit ?")
        .params(batchId, limit)
        .query((rs, n) -> new Unmatched(rs.getInt(1), rs.getString(2)))
        .list();
  }

  private static FeedBatch map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new FeedBatch(
        rs.getLong("id"),
        FeedType.valueOf(rs.getString("feed_type")),
        rs.getString("channel"),
        rs.getString("source"),
        rs.getString("file_name"),
        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
        rs.getString("received_by"),
        rs.getInt("rows_total"),
        rs.getInt("rows_rejected"),
        rs.getInt("rows_matched"),
        rs.getInt("rows_unmatched"));
  }
}
