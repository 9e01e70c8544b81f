package cn.minzheng.platform.audit;

import cn.minzheng.platform.audit.ChainVerification.Break;
import cn.minzheng.platform.audit.ChainVerification.Problem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Links what is pending, then walks the chain in link order and recomputes every hash. Reads in
 * keyset batches ({@code seq > ? limit n}): memory stays bounded for millions of entries and no
 * transaction is held open for the whole walk. Every break is reported, not only the first.
 * Finally, an entry that is neither linked nor queued for linking was taken out of the queue behind
 * the chain's back: it is reported too, and so is a place where the chain no longer has the hash
 * anchored outside the database ({@link AuditAnchors}).
 */
@Component
class AuditChainVerifier {

  static final int BATCH = 2000;

  private final JdbcClient jdbc;
  private final AuditChainer chainer;
  private final AuditAnchors anchors;

  AuditChainVerifier(JdbcClient jdbc, AuditChainer chainer, AuditAnchors anchors) {
    this.jdbc = jdbc;
    this.chainer = chainer;
    this.anchors = anchors;
  }

  ChainVerification verify() {
    chainer.chainPending();
    Breaks breaks = new Breaks();
    byte[] expectedPrev = AuditHash.GENESIS;
    long lastSeq = 0;
    long checked = 0;
    while (true) {
      List<Linked> batch = batchAfter(lastSeq);
      for (Linked link : batch) {
        check(link, lastSeq, expectedPrev, breaks);
        // Go on from what this link stores: a later break is then found as well, not hidden.
        expectedPrev = link.entry().hash();
        lastSeq = link.seq();
        checked++;
      }
      if (batch.size() < BATCH) {
        unchained(breaks);
        anchors.verify().forEach(breaks::add);
        return new ChainVerification(checked, breaks.listed, breaks.count);
      }
    }
  }

  private static void check(Linked link, long lastSeq, byte[] expectedPrev, Breaks breaks) {
    AuditRecord entry = link.entry();
    if (link.seq() != lastSeq + 1 || !Arrays.equals(entry.prevHash(), expectedPrev)) {
      breaks.add(
          new Break(
              entry.id(),
              Problem.LINK,
              AuditHash.hex(expectedPrev),
              AuditHash.hex(entry.prevHash())));
    }
    if (!link.entryPresent()) {
      breaks.add(new Break(entry.id(), Problem.MISSING, AuditHash.hex(entry.hash()), null));
      return;
    }
    byte[] recomputed = AuditHash.of(entry);
    if (!Arrays.equals(recomputed, entry.hash())) {
      breaks.add(
          new Break(
              entry.id(), Problem.CONTENT, AuditHash.hex(recomputed), AuditHash.hex(entry.hash())));
    }
  }

  /** Every break counted, the first {@link ChainVerification#LISTED} kept. */
  private static final class Breaks {
    private final List<Break> listed = new ArrayList<>();
    private long count;

    void add(Break b) {
      count++;
      if (listed.size() < ChainVerification.LISTED) {
        listed.add(b);
      }
    }
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

  /** Entries neither linked nor queued: each one was taken out of the queue behind its back. */
  private void unchained(Breaks breaks) {
    jdbc.sql(
            """
            select a.id from platform.audit_log a
             where not exists (select 1 from platform.audit_link l where l.entry_id = a.id)
               and not exists (select 1 from platform.audit_pending p where p.entry_id = a.id)
             order by a.id""")
        .query(Long.class)
        .list()
        .forEach(id -> breaks.add(new Break(id, Problem.UNCHAINED, null, null)));
  }

  private record Linked(long seq, boolean entryPresent, AuditRecord entry) {}
}
