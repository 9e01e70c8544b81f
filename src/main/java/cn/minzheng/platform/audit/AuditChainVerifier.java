package cn.minzheng.platform.audit;

import cn.minzheng.platform.audit.ChainVerification.Problem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the chain in id order and recomputes every hash. Reads in keyset batches ({@code id > ?
 * limit n}): memory stays bounded for millions of entries and no transaction is held open for the
 * whole walk. Entries appended while it runs are verified too.
 */
@Component
class AuditChainVerifier {

  static final int BATCH = 2000;

  private final JdbcClient jdbc;

  AuditChainVerifier(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  ChainVerification verify() {
    byte[] expectedPrev = AuditHash.GENESIS;
    long afterId = Long.MIN_VALUE;
    long checked = 0;
    while (true) {
      List<AuditRecord> batch = batchAfter(afterId);
      for (AuditRecord entry : batch) {
        if (!Arrays.equals(entry.prevHash(), expectedPrev)) {
          return ChainVerification.broken(
              checked,
              entry.id(),
              Problem.LINK,
              AuditHash.hex(expectedPrev),
              AuditHash.hex(entry.prevHash()));
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
        expectedPrev = entry.hash();
        afterId = entry.id();
        checked++;
      }
      if (batch.size() < BATCH) {
        return ChainVerification.intact(checked);
      }
    }
  }

  private List<AuditRecord> batchAfter(long afterId) {
    return jdbc.sql(
            """
            select id, occurred_at, actor, actor_kind, actor_roles, actor_region, remote_address,
                   action, target_type, target_id, outcome, detail, prev_hash, hash
            from platform.audit_log where id > ? order by id limit ?
            """)
        .params(afterId, BATCH)
        .query((rs, n) -> read(rs))
        .list();
  }

  static AuditRecord read(ResultSet rs) throws SQLException {
    return new AuditRecord(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("actor_kind"),
        rs.getString("actor_roles"),
        rs.getString("actor_region"),
        rs.getString("remote_address"),
        rs.getString("action"),
        rs.getString("target_type"),
        rs.getString("target_id"),
        rs.getString("outcome"),
        rs.getString("detail"),
        rs.getBytes("prev_hash"),
        rs.getBytes("hash"));
  }
}
