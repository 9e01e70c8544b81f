package cn.minzheng.assistance.cases;

import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.Masking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示: the public list of a community during the 7 days, objections lodged by anyone, and their
 * handling (re-investigation or democratic appraisal, then publicity again).
 */
@Service
public class CasePublicity {

  private final CaseStore store;
  private final CaseWorkflow workflow;
  private final CaseHistory history;
  private final JdbcClient jdbc;
  private final CaseTransitions transitions;

  CasePublicity(
      CaseStore store,
      CaseWorkflow workflow,
      CaseHistory history,
      JdbcClient jdbc,
      CaseTransitions transitions) {
    this.transitions = transitions;
    this.store = store;
    this.workflow = workflow;
    this.history = history;
    this.jdbc = jdbc;
  }

  /** The entries of a community on a day: masked names only, never an ID number. */
  public List<PublicEntry> publicList(String communityCode, LocalDate today) {
    return jdbc.sql(
            """
            select id, applicant_name, type, category, proposed_amount, publicity_to,
                   (select count(*) from assistance.case_member m
                     where m.case_id = c.id and m.included and m.died_on is null) as people
              from assistance.assistance_case c
             where region_code = ? and %s
             order by id"""
                .formatted(PublicityPeriod.RUNNING_ON_SQL))
        .params(communityCode, today)
        .query(
            (rs, n) -> {
              String category = rs.getString(4);
              return new PublicEntry(
                  rs.getLong(1),
                  Masking.publicName(rs.getString(2)),
                  cn.minzheng.assistance.AssistanceType.valueOf(rs.getString(3)).label(),
                  category == null ? "" : AssistanceCase.Category.valueOf(category).label(),
                  rs.getInt(7),
                  rs.getBigDecimal(5),
                  rs.getObject(6, LocalDate.class));
            })
        .list();
  }

  /** An objection lodged through the public page, up to and including the 7th day. */
  @Transactional
  public void object(long caseId, String content, String contact, LocalDate today) {
    AssistanceCase c = store.lock(caseId);
    if (!PublicityPeriod.of(c).map(p -> p.runsOn(today)).orElse(false)) {
      // a case not in publicity is not shown to the public: the same answer as for none at all
      throw new RecordNotFoundException("publicity");
    }
    if (content == null || content.isBlank()) {
      throw new CaseRuleViolation("objection-content", "异议内容：请填写异议事实和理由。");
    }
    jdbc.sql(
            """
            insert into assistance.objection (case_id, lodged_on, content, contact)
            values (?, ?, ?, ?)""")
        .params(caseId, today, content.strip(), contact == null ? null : contact.strip())
        .update();
    transitions.move(c, CaseState.OBJECTED);
    history.record(
        caseId, null, "公众", "object", CaseState.PUBLICITY, CaseState.OBJECTED, "公示期间收到异议，案件暂停");
  }

  /**
   * Handles the objections of a case: re-investigation (back to the home visit) or a democratic
   * appraisal whose result supports inclusion (publicity again for 7 days).
   */
  @Transactional
  public void resolve(long caseId, Route route, String note, StaffUser by, LocalDate today) {
    AssistanceCase c = workflow.begin(caseId, CaseAction.RESOLVE_OBJECTION, by);
    if (note == null || note.isBlank()) {
      throw new CaseRuleViolation("objection-note", "处理意见：请填写核实或民主评议情况。");
    }
    jdbc.sql(
            """
            update assistance.objection set resolution = ?, route = ?, resolved_at = now()
             where case_id = ? and resolved_at is null""")
        .params(note.strip(), route.name(), caseId)
        .update();
    if (route == Route.REINVESTIGATE) {
      transitions.move(c, CaseState.VERIFIED);
      history.transition(c, by, CaseAction.RESOLVE_OBJECTION, CaseState.VERIFIED, "重新入户调查：" + note);
      return;
    }
    transitions.move(c, CaseState.PUBLICITY);
    PublicityPeriod again = PublicityPeriod.openedOn(today);
    jdbc.sql(
            "update assistance.assistance_case set publicity_from = ?, publicity_to = ? where id = ?")
        .params(again.from(), again.to(), caseId)
        .update();
    history.transition(
        c, by, CaseAction.RESOLVE_OBJECTION, CaseState.PUBLICITY, "民主评议后重新公示：" + note);
  }

  public enum Route {
    REINVESTIGATE("重新入户调查"),
    APPRAISAL("民主评议");

    private final String label;

    Route(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public record PublicEntry(
      long caseId,
      String maskedName,
      String type,
      String category,
      int people,
      BigDecimal amount,
      LocalDate until) {}
}
