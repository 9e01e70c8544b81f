package cn.minzheng.portal.account;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's consent to the privacy notice (个人信息保护告知书, {@code /portal/privacy}): given at
 * registration with the notice's version and the time, shown on 我的, withdrawn or given again there.
 * A withdrawal ends the optional processing of the account — the text messages that tell of new
 * inbox messages — and nothing the bureau must do by law (docs/domain-rules.md §12.1).
 */
@Service
public class PrivacyConsents {

  /** The version of the notice in {@code templates/portal/privacy.html}; a new text, a new one. */
  public static final String NOTICE_VERSION = "2026-12";

  /** The latest consent of an account; {@code withdrawnAt} null while it stands. */
  public record Consent(
      String noticeVersion, boolean sensitive, Instant consentedAt, Instant withdrawnAt) {

    public boolean standing() {
      return withdrawnAt == null;
    }
  }

  private final JdbcClient jdbc;
  private final AuditLog audit;

  PrivacyConsents(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** At registration, in its transaction. */
  void recordAtRegistration(long accountId) {
    insert(accountId);
  }

  public Optional<Consent> latest(long accountId) {
    return jdbc.sql(
            """
            select notice_version, sensitive, consented_at, withdrawn_at
              from portal.privacy_consent where account_id = ? order by id desc limit 1""")
        .param(accountId)
        .query(
            (rs, n) -> {
              Timestamp withdrawn = rs.getTimestamp(4);
              return new Consent(
                  rs.getString(1),
                  rs.getBoolean(2),
                  rs.getTimestamp(3).toInstant(),
                  withdrawn == null ? null : withdrawn.toInstant());
            })
        .optional();
  }

  /** 撤回同意 (art. 15): the consent ends now; text messages stop. Nothing when none stands. */
  @Transactional
  public void withdraw(long accountId) {
    int withdrawn =
        jdbc.sql(
                """
                update portal.privacy_consent set withdrawn_at = now()
                 where account_id = ? and withdrawn_at is null""")
            .param(accountId)
            .update();
    jdbc.sql("update portal.citizen_account set optional_processing = false where id = ?")
        .param(accountId)
        .update();
    audit.record(
        AuditEvent.success(
            "portal.consent.withdraw",
            "citizen_account",
            String.valueOf(accountId),
            withdrawn == 0 ? "no standing consent" : "notice " + NOTICE_VERSION));
  }

  /** 重新同意 the current notice; nothing when a consent already stands. */
  @Transactional
  public void give(long accountId) {
    if (latest(accountId).map(Consent::standing).orElse(false)) {
      return;
    }
    insert(accountId);
    audit.record(
        AuditEvent.success(
            "portal.consent.give",
            "citizen_account",
            String.valueOf(accountId),
            "notice " + NOTICE_VERSION));
  }

  private void insert(long accountId) {
    jdbc.sql(
            """
            insert into portal.privacy_consent (account_id, notice_version, sensitive)
            values (?, ?, true)""")
        .params(accountId, NOTICE_VERSION)
        .update();
    jdbc.sql("update portal.citizen_account set optional_processing = true where id = ?")
        .param(accountId)
        .update();
  }
}
