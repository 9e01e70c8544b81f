package cn.minzheng.payments.domain;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.StaffUser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bank disbursement file of an approved roster: the only place where full account numbers leave
 * the system. Held lines (no valid account when drafted) are left out: they wait for an account and
 * a later roster. Privileged, audited, and it marks the roster sent (in the same transaction, so a
 * failed export leaves the roster approved).
 */
@Service
public class BankFileExport {

  public enum Format {
    CSV,
    XLSX
  }

  static final String[] HEADER = {"流水号", "户名", "开户行", "银行账号", "金额（元）", "项目", "发放月份", "类型"};

  private final JdbcClient jdbc;
  private final Rosters rosters;
  private final FieldCipher cipher;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  BankFileExport(
      JdbcClient jdbc,
      Rosters rosters,
      FieldCipher cipher,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.rosters = rosters;
    this.cipher = cipher;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
  }

  /** Checks scope, role and state before the caller starts writing a response. */
  public RosterSummary checkExportable(long rosterId, StaffUser user) {
    RosterSummary roster = rosters.get(rosterId);
    if (!PaymentRoles.mayHandleRosters(user)) {
      audit.record(AuditEvent.denied("payments.roster.export", "roster", "" + rosterId, "role"));
      throw new AccessDeniedException("bank file export needs a roster role");
    }
    if (roster.state() == RosterState.DRAFT) {
      throw new RosterRuleViolation("not-approved", "名册尚未审核，不能导出银行代发文件。");
    }
    return roster;
  }

  public void export(long rosterId, Format format, StaffUser user, OutputStream out) {
    RosterSummary roster = checkExportable(rosterId, user);
    tx.executeWithoutResult(
        status -> {
          int[] count = {0};
          try (BankFileWriter writer = BankFileWriter.of(format, out)) {
            writer.row(HEADER);
            jdbc.sql(
                    """
                    select l.id, l.holder_name, a.bank_name, a.account_enc, l.amount, l.kind
                      from payments.roster_line l
                      left join payments.payee_account a on a.id = l.account_id
                     where l.roster_id = ? and l.account_issue is null order by l.id""")
                .param(rosterId)
                .query(
                    rs -> {
                      byte[] enc = rs.getBytes(4);
                      writer.row(
                          String.valueOf(rs.getLong(1)),
                          nz(rs.getString(2)),
                          nz(rs.getString(3)),
                          enc == null ? "" : cipher.decrypt(enc),
                          rs.getBigDecimal(5).toPlainString(),
                          roster.programme().label(),
                          roster.month().toString(),
                          RosterLine.kindLabel(rs.getString(6)));
                      count[0]++;
                    });
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          jdbc.sql(
                  "update payments.roster set state = 'SENT', sent_at = now()"
                      + " where id = ? and state = 'APPROVED'")
              .param(rosterId)
              .update();
          if (count[0] == 0) {
            // every line is held: the bank has nothing to answer, the roster is settled as sent
            jdbc.sql(
                    "update payments.roster set state = 'RECONCILED', reconciled_at = now()"
                        + " where id = ? and state = 'SENT'")
                .param(rosterId)
                .update();
          }
          audit.record(
              AuditEvent.success(
                  "payments.roster.export",
                  "roster",
                  String.valueOf(rosterId),
                  "导出银行代发文件（" + format + "，含完整账号）" + count[0] + " 行"));
        });
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
