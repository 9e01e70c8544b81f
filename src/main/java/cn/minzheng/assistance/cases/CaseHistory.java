package cn.minzheng.assistance.cases;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.StaffUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes every action of a case into its history and into the audit log. */
@Component
public class CaseHistory {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  CaseHistory(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** {@code by} null: the system (a listener, the monthly run) or a citizen. */
  public void record(
      long caseId,
      StaffUser by,
      String byName,
      String action,
      CaseState from,
      CaseState to,
      String note) {
    jdbc.sql(
            """
            insert into assistance.case_event (case_id, by_id, by_name, action, from_state,
                                               to_state, note)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            caseId,
            by == null ? null : by.id(),
            by == null ? byName : by.displayName(),
            action,
            from == null ? null : from.name(),
            to == null ? null : to.name(),
            note)
        .update();
    audit.record(
        AuditEvent.success(
            "assistance.case." + action,
            "assistance-case",
            Long.toString(caseId),
            (from == null ? "" : from.label() + " → ") + (to == null ? "" : to.label())));
  }

  public void transition(
      AssistanceCase c, StaffUser by, CaseAction action, CaseState to, String note) {
    record(c.id(), by, null, action.name().toLowerCase(), c.state(), to, note);
  }

  public List<CaseEvent> of(long caseId) {
    return jdbc.sql(
            """
            select at, by_name, action, from_state, to_state, note
              from assistance.case_event where case_id = ? order by id""")
        .param(caseId)
        .query(CaseHistory::event)
        .list();
  }

  /**
   * The latest move of a case into {@code state} (e.g. its termination: when, by whom, and the note
   * with the reason), empty when it never got there.
   */
  public Optional<CaseEvent> lastMoveInto(long caseId, CaseState state) {
    return jdbc.sql(
            """
            select at, by_name, action, from_state, to_state, note
              from assistance.case_event where case_id = ? and to_state = ?
             order by id desc limit 1""")
        .params(caseId, state.name())
        .query(CaseHistory::event)
        .optional();
  }

  private static CaseEvent event(ResultSet rs, int row) throws SQLException {
    return new CaseEvent(
        rs.getObject(1, Timestamp.class).toInstant(),
        rs.getString(2),
        label(rs.getString(3)),
        state(rs.getString(4)),
        state(rs.getString(5)),
        rs.getString(6));
  }

  private static String state(String name) {
    return name == null ? "" : CaseState.valueOf(name).label();
  }

  private static String label(String action) {
    for (CaseAction a : CaseAction.values()) {
      if (a.name().equalsIgnoreCase(action)) {
        return a.label();
      }
    }
    return switch (action) {
      case "file" -> "提交申请";
      case "member-died" -> "成员死亡";
      case "household-changed" -> "家庭变动";
      case "review" -> "定期复核";
      case "notice" -> "出具告知书";
      case "visit-recorded" -> "入户调查记录";
      case "object" -> "公示异议";
      default -> action;
    };
  }
}
