package cn.minzheng.elderly.institution;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffDirectory;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 机构经办人: an operator account files its institution online (the filing binds the account to it),
 * answers the bureau's request for more materials and keeps the beds current. The filing goes
 * through the same rules and deadline as one entered at the bureau; the bureau decides it.
 */
@Service
public class InstitutionOperators {

  private final JdbcClient jdbc;
  private final InstitutionFilings filings;
  private final AuditLog audit;
  private final StaffDirectory staff;

  InstitutionOperators(
      JdbcClient jdbc, InstitutionFilings filings, AuditLog audit, StaffDirectory staff) {
    this.jdbc = jdbc;
    this.filings = filings;
    this.audit = audit;
    this.staff = staff;
  }

  /** The institution the account is bound to, if any. */
  public Optional<Long> institutionOf(String username) {
    return jdbc.sql("select institution_id from elderly.institution_operator where username = ?")
        .param(username)
        .query(Long.class)
        .optional();
  }

  /** Binds (or moves) an operator account to an institution; done by the bureau or the demo. */
  @Transactional
  public void bind(String username, long institutionId, String by) {
    if (username == null || !username.matches("[a-z0-9][a-z0-9_.-]{2,31}")) {
      throw new IllegalArgumentException("经办人账号：须为3至32位小写字母、数字或 _ . -");
    }
    if (staff.findEnabled(username).filter(u -> u.has(Role.INSTITUTION_OPERATOR)).isEmpty()) {
      throw new IllegalArgumentException("经办人账号：不存在、已停用或不是机构经办人");
    }
    jdbc.sql(
            """
            insert into elderly.institution_operator (username, institution_id, bound_by)
            values (?, ?, ?) on conflict (username) do update
            set institution_id = excluded.institution_id, bound_by = excluded.bound_by,
                bound_at = now()""")
        .params(username, institutionId, by)
        .update();
    filings.history(institutionId, "绑定机构经办人", username, by);
    audit.record(
        AuditEvent.success(
            "elderly.institution.bind-operator", "institution", "" + institutionId, username));
  }

  /** Files the operator's own institution online; an account files one institution only. */
  @Transactional
  public long fileOnline(NewFiling filing, String username) {
    // lock the account's (future) binding so that two filings sent at once make one institution
    jdbc.sql("select pg_advisory_xact_lock(hashtext('elderly.institution_operator:' || ?))")
        .param(username)
        .query()
        .listOfRows();
    if (institutionOf(username).isPresent()) {
      throw new IllegalArgumentException("本账号已绑定养老机构，不能再备案其他机构");
    }
    long id = filings.file(filing, username);
    jdbc.sql("update elderly.institution set filed_online = true where id = ?").param(id).update();
    jdbc.sql(
            "insert into elderly.institution_operator (username, institution_id, bound_by)"
                + " values (?, ?, ?)")
        .params(username, id, username)
        .update();
    audit.record(AuditEvent.success("elderly.institution.online", "institution", "" + id, null));
    return id;
  }

  /**
   * The institution's answer to a request for more materials; the filing waits for review again.
   */
  @Transactional
  public void answerMaterials(long institutionId, String answer, String username) {
    if (answer == null || answer.isBlank()) {
      throw new IllegalArgumentException("补充材料说明：不能为空");
    }
    if (answer.strip().length() > 2000) {
      throw new IllegalArgumentException("补充材料说明：不能超过2000个字");
    }
    int n =
        jdbc.sql(
                """
                update elderly.institution set status = 'SUBMITTED', updated_at = now()
                 where id = ? and status = 'MORE_MATERIALS'""")
            .param(institutionId)
            .update();
    if (n == 0) {
      throw new IllegalArgumentException("补充材料说明：该备案当前无需补充材料");
    }
    filings.history(institutionId, "机构补充材料", answer.strip(), username);
  }
}
