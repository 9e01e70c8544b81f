package cn.minzheng.payments.domain;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.StaffUser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the bank's return file of a sent roster, all or nothing, in one transaction. The file's
 * SHA-256 is unique: the same file twice changes nothing; each line has at most one result (primary
 * key), so a crash half way and a re-run leave every result exactly once.
 */
@Service
public class ReturnFileImport {

  private static final int CHUNK = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Rosters rosters;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  ReturnFileImport(
      JdbcClient jdbc,
      JdbcTemplate batch,
      Rosters rosters,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.rosters = rosters;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
  }

  public ReturnImported importFile(long rosterId, String fileName, byte[] content, StaffUser user) {
    return importFile(rosterId, fileName, content, user, CHUNK, done -> {});
  }

  /** Package-private for the crash test: {@code afterChunk} gets the rows written so far. */
  ReturnImported importFile(
      long rosterId,
      String fileName,
      byte[] content,
      StaffUser user,
      int chunk,
      IntConsumer afterChunk) {
    rosters.get(rosterId);
    if (!PaymentRoles.mayHandleRosters(user)) {
      throw new AccessDeniedException("return file import needs a roster role");
    }
    List<String> errors = new ArrayList<>();
    List<ReturnFileRows.Row> rows = ReturnFileRows.parse(content, errors);
    if (!errors.isEmpty()) {
      throw new ReturnFileRejected(errors);
    }
    String sha = sha256(content);
    return tx.execute(
        status -> {
          String state =
              jdbc.sql("select state from payments.roster where id = ? for update")
                  .param(rosterId)
                  .query(String.class)
                  .single();
          Long fileId =
              jdbc.sql(
                      """
                      insert into payments.return_file
                             (roster_id, sha256, file_name, paid, failed, imported_by)
                      values (?, ?, ?, 0, 0, ?)
                      on conflict (sha256) do nothing returning id""")
                  .params(rosterId, sha, fileName == null ? "" : fileName, user.username())
                  .query(Long.class)
                  .optional()
                  .orElse(null);
          if (fileId == null) {
            return new ReturnImported(true, 0, 0, "RECONCILED".equals(state));
          }
          if (!"SENT".equals(state)) {
            throw new RosterRuleViolation("not-sent", "只有已报送银行的名册可以导入回盘文件。");
          }
          new ReturnFileCheck(jdbc).requireMatches(rosterId, rows);
          return store(rosterId, fileId, rows, chunk, afterChunk);
        });
  }

  private ReturnImported store(
      long rosterId, long fileId, List<ReturnFileRows.Row> rows, int chunk, IntConsumer after) {
    int paid = 0;
    int failed = 0;
    for (int from = 0; from < rows.size(); from += chunk) {
      List<ReturnFileRows.Row> part = rows.subList(from, Math.min(rows.size(), from + chunk));
      int[] written =
          batch.batchUpdate(
              """
              insert into payments.payment_result (line_id, status, reason, return_file_id)
              values (?, ?, ?, ?) on conflict (line_id) do nothing""",
              part.stream()
                  .map(
                      r ->
                          new Object[] {
                            r.lineId(), r.paid() ? "PAID" : "FAILED", r.reason(), fileId
                          })
                  .toList());
      for (int i = 0; i < part.size(); i++) {
        if (written[i] > 0) {
          paid += part.get(i).paid() ? 1 : 0;
          failed += part.get(i).paid() ? 0 : 1;
        }
      }
      after.accept(from + part.size());
    }
    jdbc.sql("update payments.return_file set paid = ?, failed = ? where id = ?")
        .params(paid, failed, fileId)
        .update();
    int reconciled =
        jdbc.sql(
                """
                update payments.roster set state = 'RECONCILED', reconciled_at = now()
                 where id = ? and state = 'SENT'
                   and not exists (select 1 from payments.roster_line l
                                    where l.roster_id = roster.id and l.account_issue is null
                                      and not exists (select 1 from payments.payment_result pr
                                                       where pr.line_id = l.id))""")
            .param(rosterId)
            .update();
    audit.record(
        AuditEvent.success(
            "payments.return.import",
            "roster",
            String.valueOf(rosterId),
            "导入回盘：成功 " + paid + "，失败 " + failed));
    return new ReturnImported(false, paid, failed, reconciled > 0);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
