package cn.minzheng.elderly.institution;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 养老机构纾困资金: relief money the bureau grants a filed institution. Only a filed institution can
 * receive it (an institution not yet filed, or closed, is not one the bureau answers for); the
 * grant keeps the institution's region of the day, which the cockpit counts by.
 */
@Service
public class ReliefGrants {

  /** Above this a grant is a typing error, not relief (the whole city's half year: 1,983万元). */
  static final BigDecimal MOST = new BigDecimal("10000000.00");

  private final JdbcClient jdbc;
  private final InstitutionFilings filings;
  private final AuditLog audit;

  ReliefGrants(JdbcClient jdbc, InstitutionFilings filings, AuditLog audit) {
    this.jdbc = jdbc;
    this.filings = filings;
    this.audit = audit;
  }

  /** One grant as the institution's page and the API list it. */
  public record Grant(
      long id, LocalDate grantedOn, BigDecimal amount, String purpose, String createdBy) {}

  /**
   * Records a grant; the caller has checked the institution is in scope.
   *
   * @throws IllegalArgumentException with the Chinese message naming the field
   */
  @Transactional
  public long grant(
      long institutionId, LocalDate grantedOn, BigDecimal amount, String purpose, String by) {
    if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
      throw new IllegalArgumentException("纾困资金金额：须为大于0的金额，最多两位小数");
    }
    if (amount.compareTo(MOST) > 0) {
      throw new IllegalArgumentException("纾困资金金额：单笔不能超过1,000万元");
    }
    if (purpose == null || purpose.isBlank()) {
      throw new IllegalArgumentException("资金用途：请填写");
    }
    String region =
        jdbc.sql("select region_code from elderly.institution where id = ? and status = 'FILED'")
            .param(institutionId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new IllegalArgumentException("养老机构：已备案的机构才能拨付纾困资金"));
    long id =
        jdbc.sql(
                """
                insert into elderly.institution_relief_grant
                       (institution_id, region_code, granted_on, amount, purpose, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
            .params(institutionId, region, grantedOn, amount, purpose.strip(), by)
            .query(Long.class)
            .single();
    filings.history(institutionId, "拨付纾困资金", amount.toPlainString() + "元：" + purpose.strip(), by);
    audit.record(
        AuditEvent.success(
            "elderly.institution.relief", "institution", "" + institutionId, amount + "元"));
    return id;
  }

  /** The institution's grants, newest first. */
  public List<Grant> of(long institutionId) {
    return jdbc.sql(
            """
            select id, granted_on, amount, purpose, created_by
              from elderly.institution_relief_grant where institution_id = ?
             order by granted_on desc, id desc""")
        .param(institutionId)
        .query(Grant.class)
        .list();
  }
}
