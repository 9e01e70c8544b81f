package cn.minzheng.platform.audit;

import cn.minzheng.platform.audit.ChainVerification.Problem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Links what is pending, then walks the chain in link order and recomputes every hash. Reads in
 * keyset batches ({@code seq > ? limit n}): memory stays bounded for millions of entries and no
 * transaction is held open for the whole walk. Finally, an entry that is neither linked nor queued
 * for linking was taken out of the queue behind the chain's back: it is reported too.
 */
@Component
class AuditChainVerifier {

  static final int BATCH = 2000;

  private final JdbcClient jdbc;
  private final AuditChainer chainer;

  AuditChainVerifier(JdbcClient jdbc, AuditChainer chainer) {
    this.jdbc = jdbc;
    this.chainer = chainer;
  }

  ChainVerification verify() {
    chainer.chainPending();
    byte[] expectedPrev = AuditHash.GENESIS;
    long lastSeq = 0;
    long checked = 0;
    while (true) {
      List<Linked> batch = batchAfter(lastSeq);
      for (Linked link : batch) {
        ChainVerification broken = check(link, lastSeq, expectedPrev, checked);
        if (broken != null) {
          return broken;
        }
        expectedPrev = link.entry().hash();
        lastSeq = link.seq();
        checked++;
      }
      if (batch.size() < BATCH) {
        long verified = checked;
        return unchained()
            .map(id -> ChainVerification.unchained(verified, id))
            .orElse(ChainVerification.intact(verified));
      }
    }
  }

  private static ChainVerification check(
      Linked link, long lastSeq, byte[] expectedPrev, long checked) {
    AuditRecord entry = link.entry();
    if (link.seq() != lastSeq + 1 || !Arrays.equals(entry.prevHash(), expectedPrev)) {
      return ChainVerification.broken(
          checked,
          entry.id(),
          Problem.LINK,
          AuditHash.hex(expectedPrev),
          AuditHash.hex(entry.prevHash()));
    }
    if (!link.entryPresent()) {
      return ChainVerification.broken(
          checked, entry.id(), Problem.MISSING, AuditHash.hex(entry.hash()), null);
    }
    byte[] recomputed = AuditHash.of(entry);
    if (!Arrays.equals(recomputed, entry.hash())) {
      return ChainVerification.broken(
          checked,
          entry.id(),
          Problem.CONTENT,
          AuditHash.hex(recomputed),
          AuditHash.hex(entry.hash()));
    }
    return null;
  }

  private List<Linked> batchAfter(long afterSeq) {
    return jdbc.sql(
            """
            select l.seq, l.entry_id as id, a.id is not null as present, a.occurred_at,
                   a.actor, a.actor_kind, a.actor_roles, a.actor_region, a.remote_address,
                   a.action, a.target_type, a.target_id, a.outcome, a.detail, l.prev_hash, l.hash
            from platform.audit_link l left join platform.audit_log a on a.id = l.entry_id
            where l.seq > ? order by l.seq limit ?
            """)
        .params(afterSeq, BATCH)
        .query((rs, n) -> linked(rs))
        .list();
  }

  private static Linked linked(ResultSet rs) throws SQLException {
    boolean present = rs.getBoolean("present");
    AuditRecord entry =
        present
            ? AuditRecord.read(rs)
            : new AuditRecord(
                rs.getLong("id"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                rs.getBytes("prev_hash"),
                rs.getBytes("hash"));
    return new Linked(rs.getLong("seq"), present, entry);
  }

  private java.util.Optional<Long> unchained() {
    return jdbc
        .sql(
            """
            select min(a.id) from platform.audit_log a
             where not exists (select 1 from platform.audit_link l where l.entry_id = a.id)
               and not exists (select 1 from platform.audit_pending p where p.entry_id = a.id)
            """)
        .query(Long.class)
        .list()
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  private record Linked(long seq, boolean entryPresent, AuditRecord entry) {}
}
