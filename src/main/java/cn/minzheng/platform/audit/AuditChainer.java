package cn.minzheng.platform.audit;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed entries into the hash chain, oldest pending first, a batch per transaction. One
 * chainer at a time, across every instance of the application: a transaction-scoped advisory lock
 * serialises them, and only this short batch holds it, never a business transaction. An entry
 * becomes visible here when its transaction commits, so the chain order is the order in which
 * entries were found committed, which is close to, but not always, id order.
 */
@Component
class AuditChainer {

  static final int BATCH = 2000;

  /** Advisory lock key (two-int form): 0x4D5A = "MZ", 1 = audit chain. */
  private static final int LOCK_CLASS = 0x4D5A;

  private static final int LOCK_AUDIT_CHAIN = 1;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transactions;

  AuditChainer(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager manager) {
    this.jdbc = jdbc;
    this.template = template;
    this.transactions = new TransactionTemplate(manager);
  }

  /** Every half second: an entry is in the chain within about a second of its commit. */
  @Scheduled(
      fixedDelayString = "${minzheng.audit.chain-delay:500}",
      initialDelayString = "${minzheng.audit.chain-delay:500}")
  void chainOnSchedule() {
    chainPending();
  }

  /** Links every entry committed so far; answers how many were linked. */
  int chainPending() {
    int total = 0;
    int linked;
    do {
      linked = transactions.execute(status -> chainBatch());
      total += linked;
    } while (linked == BATCH);
    return total;
  }

  private int chainBatch() {
    jdbc.sql("select pg_advisory_xact_lock(?, ?)")
        .params(LOCK_CLASS, LOCK_AUDIT_CHAIN)
        .query(Object.class)
        .list();
    List<Long> pending =
        jdbc.sql("select entry_id from platform.audit_pending order by entry_id limit ?")
            .param(BATCH)
            .query(Long.class)
            .list();
    if (pending.isEmpty()) {
      return 0;
    }
    Link last =
        jdbc.sql("select seq, hash from platform.audit_link order by seq desc limit 1")
            .query((rs, n) -> new Link(rs.getLong(1), 0, null, rs.getBytes(2)))
            .optional()
            .orElse(new Link(0, 0, null, AuditHash.GENESIS));
    List<Link> links = new ArrayList<>(pending.size());
    for (AuditRecord entry : entries(pending)) {
      byte[] hash = AuditHash.of(entry.withPrevHash(last.hash()));
      last = new Link(last.seq() + 1, entry.id(), last.hash(), hash);
      links.add(last);
    }
    insert(links);
    jdbc.sql("delete from platform.audit_pending where entry_id = any(?)")
        .param(pending.toArray(Long[]::new))
        .update();
    return pending.size();
  }

  private List<AuditRecord> entries(List<Long> ids) {
    return jdbc.sql(
            AuditRecord.SELECT
                + ", null::bytea as prev_hash, null::bytea as hash"
                + " from platform.audit_log a where id = any(?)"
                // an entry put back by hand after a repair keeps its old link
                + " and not exists (select 1 from platform.audit_link l where l.entry_id = a.id)"
                + " order by id")
        .param(ids.toArray(Long[]::new))
        .query((rs, n) -> AuditRecord.read(rs))
        .list();
  }

  private void insert(List<Link> links) {
    if (links.isEmpty()) {
      return;
    }
    template.batchUpdate(
        "insert into platform.audit_link (seq, entry_id, prev_hash, hash) values (?, ?, ?, ?)",
        links,
        links.size(),
        (PreparedStatement ps, Link l) -> {
          ps.setLong(1, l.seq());
          ps.setLong(2, l.entryId());
          ps.setBytes(3, l.prevHash());
          ps.setBytes(4, l.hash());
        });
  }

  private record Link(long seq, long entryId, byte[] prevHash, byte[] hash) {}
}
