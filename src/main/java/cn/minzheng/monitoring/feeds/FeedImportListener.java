package cn.minzheng.monitoring.feeds;

/**
 * Runs after a batch's facts are committed (the warning rules); answers how many warnings arose.
 */
public interface FeedImportListener {

  int afterImport(long batchId, FeedType type);
}
