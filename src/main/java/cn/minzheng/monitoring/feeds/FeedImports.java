package cn.minzheng.monitoring.feeds;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.shared.ChinaTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a feed delivery: rows are checked and COPYed into staging as they stream in, then matched
 * and turned into facts set-based, all in one transaction; the warning rules run after the commit.
 * A delivery seen before (same file, same records, same key) changes nothing.
 */
@Service
public class FeedImports {

  private final FeedBatchStore batches;
  private final StagedBatch staged;
  private final FieldCipher cipher;
  private final DataSource dataSource;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final List<FeedImportListener> listeners;

  FeedImports(
      FeedBatchStore batches,
      StagedBatch staged,
      FieldCipher cipher,
      DataSource dataSource,
      PlatformTransactionManager transactions,
      AuditLog audit,
      List<FeedImportListener> listeners) {
    this.batches = batches;
    this.staged = staged;
    this.cipher = cipher;
    this.dataSource = dataSource;
    this.tx = new TransactionTemplate(transactions);
    this.audit = audit;
    this.listeners = listeners;
  }

  public FeedImportResult importRows(Delivery delivery, FeedRows rows, String by) {
    Optional<FeedBatch> earlier = earlier(delivery);
    if (earlier.isPresent()) {
      return repeated(earlier.get());
    }
    FeedBatch batch;
    try {
      batch = tx.execute(status -> load(delivery, rows, by));
    } catch (DuplicateKeyException e) {
      // The same delivery arrived concurrently; the first one's batch answers.
      return repeated(earlier(delivery).orElseThrow(() -> e));
    }
    int warnings = 0;
    for (FeedImportListener listener : listeners) {
      warnings += listener.afterImport(batch.id(), batch.feedType());
    }
    return new FeedImportResult(batch, false, warnings);
  }

  public Optional<FeedBatch> batch(long id) {
    return batches.find(id);
  }

  public List<FeedBatch> recent(int limit) {
    return batches.recent(limit);
  }

  public List<RowError> errors(long batchId, int limit) {
    return batches.errors(batchId, limit);
  }

  public List<Unmatched> unmatched(long batchId, int limit) {
    return batches.unmatched(batchId, limit);
  }

  private FeedBatch load(Delivery delivery, FeedRows rows, String by) {
    long id = batches.insert(delivery, by);
    FeedRowCheck check = new FeedRowCheck(delivery.type(), cipher, ChinaTime.today());
    int total;
    try (StagingWriter writer = new StagingWriter(dataSource, id)) {
      rows.forEach((line, cells) -> writer.add(check.check(line, cells)));
      writer.finish();
      total = writer.rows();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    staged.finish(id, delivery.type(), delivery.source(), total);
    FeedBatch batch = batches.find(id).orElseThrow();
    audit.record(
        AuditEvent.success(
            "monitoring.feed.import",
            "feed_batch",
            String.valueOf(id),
            delivery.type().name()
                + " "
                + delivery.channel()
                + " rows "
                + batch.rowsTotal()
                + ", rejected "
                + batch.rowsRejected()
                + ", matched "
                + batch.rowsMatched()
                + ", unmatched "
                + batch.rowsUnmatched()));
    return batch;
  }

  private Optional<FeedBatch> earlier(Delivery delivery) {
    if (delivery.idempotencyKey() != null) {
      Optional<FeedBatch> byKey = batches.byKey(delivery.caller(), delivery.idempotencyKey());
      if (byKey.isPresent()) {
        return byKey;
      }
    }
    return delivery.sha256() == null
        ? Optional.empty()
        : batches.byContent(delivery.type(), delivery.sha256());
  }

  private FeedImportResult repeated(FeedBatch batch) {
    audit.record(
        AuditEvent.success(
            "monitoring.feed.import",
            "feed_batch",
            String.valueOf(batch.id()),
            "same delivery again, no change"));
    return new FeedImportResult(batch, true, 0);
  }
}
