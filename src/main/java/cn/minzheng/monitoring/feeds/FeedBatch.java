package cn.minzheng.monitoring.feeds;

import java.time.Instant;

/** One delivered feed batch with its counts. */
public record FeedBatch(
    long id,
    FeedType feedType,
    String channel,
    String source,
    String fileName,
    Instant receivedAt,
    String receivedBy,
    int rowsTotal,
    int rowsRejected,
    int rowsMatched,
    int rowsUnmatched) {}
