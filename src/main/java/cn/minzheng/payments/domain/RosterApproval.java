package cn.minzheng.payments.domain;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.StaffUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Maker-checker approval: the approver must differ from the staff member who drafted the roster
 * (checked here and by the table's check constraint, and recorded on the roster). A refusal is
 * checked before the transaction, so that its audit entry is not rolled back with it.
 */
@Service
public class RosterApproval {

  private final JdbcClient jdbc;
  private final Rosters rosters;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  RosterApproval(
      JdbcClient jdbc, Rosters rosters, AuditLog audit, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.rosters = rosters;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
  }

  public RosterSummary approve(long rosterId, StaffUser approver) {
    RosterSummary roster = requireApprovable(rosterId, approver);
    return tx.execute(status -> approveDraft(roster, approver));
  }

  private RosterSummary approveDraft(RosterSummary roster, StaffUser approver) {
    long rosterId = roster.id();
    int updated =
        jdbc.sql(
                """
                update payments.roster
                   set state = 'APPROVED', approved_by_id = ?, approved_by = ?, approved_at = now()
                 where id = ? and state = 'DRAFT'""")
            .params(approver.id(), approver.username(), rosterId)
            .update();
    if (updated == 0) {
      throw new RosterRuleViolation("not-draft", "名册状态为“" + roster.state().label() + "”，只有草稿可以审核。");
    }
    audit.record(
        AuditEvent.success(
            "payments.roster.approve",
            "roster",
            String.valueOf(rosterId),
            "审核通过：%s %s，%d 人，%s 元"
                .formatted(
                    roster.programme().label(),
                    roster.month(),
                    roster.people(),
                    roster.totalAmount().toPlainString())));
    return rosters.get(rosterId);
  }

  /**
   * Scope, role and maker-checker, checked (and a refusal audited) outside any transaction of the
   * caller, so that the audit entry of the refusal stays.
   */
  public RosterSummary requireApprovable(long rosterId, StaffUser approver) {
    RosterSummary roster = rosters.get(rosterId);
    long makerId =
        jdbc.sql("select made_by_id from payments.roster where id = ?")
            .param(rosterId)
            .query(Long.class)
            .single();
    if (!PaymentRoles.mayHandleRosters(approver)) {
      throw denied(rosterId, "not-approver", "只有区县审批人或市级管理员可以审核发放名册。");
    }
    if (makerId == approver.id()) {
      throw denied(rosterId, "maker-is-checker", "审核人不能是名册的制单人，请由另一位审批人审核。");
    }
    return roster;
  }

  /** The roster reader this approval checks scope with. */
  public Rosters rosters() {
    return rosters;
  }

  private RosterRuleViolation denied(long rosterId, String code, String message) {
    audit.record(AuditEvent.denied("payments.roster.approve", "roster", "" + rosterId, code));
    return new RosterRuleViolation(code, message);
  }
}
