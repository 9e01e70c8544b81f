package cn.minzheng.monitoring.feeds;

/**
 * What an import did. {@code repeated}: the same file or batch had been delivered before, nothing
 * changed and {@code batch} is the earlier delivery.
 */
public record FeedImportResult(FeedBatch batch, boolean repeated, int warningsRaised) {}
