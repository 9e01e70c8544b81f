package cn.minzheng.organisations.register;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffDirectory;
import cn.minzheng.shared.ChinaTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 社会组织账号: an account of the ORGANISATION_ACCOUNT role bound to one organisation (the platform's
 * username; accounts are never renamed). The account sees and files for that organisation only.
 */
@Service
public class OrganisationAccounts {

  private final JdbcClient jdbc;
  private final StaffDirectory staff;
  private final AuditLog audit;
  private final Organisations organisations;

  OrganisationAccounts(
      JdbcClient jdbc, StaffDirectory staff, AuditLog audit, Organisations organisations) {
    this.jdbc = jdbc;
    this.staff = staff;
    this.audit = audit;
    this.organisations = organisations;
  }

  public Optional<Long> organisationOf(String username) {
    return jdbc.sql(
            "select organisation_id from organisations.organisation_account where username = ?")
        .param(username)
        .query(Long.class)
        .optional();
  }

  /** Binds (or moves) an organisation account; done by the registration authority or the demo. */
  @Transactional
  public void bind(String username, long organisationId, String by) {
    if (staff.findEnabled(username).filter(u -> u.has(Role.ORGANISATION_ACCOUNT)).isEmpty()) {
      throw new InvalidInput("username", "社会组织账号：不存在、已停用或不是社会组织账号");
    }
    jdbc.sql(
            """
            insert into organisations.organisation_account (username, organisation_id, bound_by)
            values (?, ?, ?) on conflict (username) do update
            set organisation_id = excluded.organisation_id, bound_by = excluded.bound_by,
                bound_at = now()""")
        .params(username, organisationId, by)
        .update();
    organisations.history(organisationId, "account", null, username, ChinaTime.today(), null, by);
    audit.record(
        AuditEvent.success(
            "organisations.bind-account", "organisation", "" + organisationId, username));
  }
}
