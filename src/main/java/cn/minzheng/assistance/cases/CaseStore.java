package cn.minzheng.assistance.cases;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.StandardInForce.CareLevel;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.AssistanceCase.LinshiKind;
import cn.minzheng.platform.RecordNotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads cases and their members; {@link CaseTransitions} writes the state changes. */
@Repository
public class CaseStore {

  private final JdbcClient jdbc;

  CaseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<AssistanceCase> find(long id) {
    return jdbc.sql("select * from assistance.assistance_case where id = ?")
        .param(id)
        .query(CaseStore::map)
        .optional();
  }

  /** Locks the row for the transition (two approvers clicking at once change it once). */
  AssistanceCase lock(long id) {
    return jdbc.sql("select * from assistance.assistance_case where id = ? for update")
        .param(id)
        .query(CaseStore::map)
        .optional()
        .orElseThrow(() -> new RecordNotFoundException("case"));
  }

  public List<CaseMember> members(long caseId) {
    return jdbc.sql(
            """
            select person_id, name, relationship, birth_date, monthly_income, assets, included,
                   died_on
              from assistance.case_member where case_id = ? order by person_id""")
        .param(caseId)
        .query(
            (rs, n) ->
                new CaseMember(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getBigDecimal(5),
                    rs.getString(6),
                    rs.getBoolean(7),
                    rs.getObject(8, LocalDate.class)))
        .list();
  }

  static AssistanceCase map(ResultSet rs, int row) throws SQLException {
    return new AssistanceCase(
        rs.getLong("id"),
        rs.getString("case_no"),
        AssistanceType.valueOf(rs.getString("type")),
        rs.getString("category") == null ? null : Category.valueOf(rs.getString("category")),
        rs.getLong("household_id"),
        rs.getLong("applicant_person_id"),
        rs.getString("applicant_name"),
        rs.getString("region_code"),
        rs.getString("street_code"),
        rs.getString("area_code"),
        CaseState.valueOf(rs.getString("state")),
        rs.getObject("applied_on", LocalDate.class),
        rs.getObject("deadline", LocalDate.class),
        rs.getString("consent_ref"),
        rs.getObject("consent_signed_on", LocalDate.class),
        rs.getBigDecimal("household_income"),
        rs.getBigDecimal("per_capita_income"),
        (Boolean) rs.getObject("assets_within_limits"),
        rs.getString("verification_ref"),
        rs.getString("verification_source"),
        rs.getString("care_level") == null ? null : CareLevel.valueOf(rs.getString("care_level")),
        (Boolean) rs.getObject("no_able_supporter"),
        rs.getString("linshi_kind") == null
            ? null
            : LinshiKind.valueOf(rs.getString("linshi_kind")),
        rs.getBigDecimal("one_off_amount"),
        rs.getBigDecimal("proposed_amount"),
        (Long) rs.getObject("proposed_by_id"),
        rs.getString("proposed_by"),
        rs.getObject("publicity_from", LocalDate.class),
        rs.getObject("publicity_to", LocalDate.class),
        (Long) rs.getObject("decided_by_id"),
        rs.getString("decided_by"),
        rs.getObject("decided_on", LocalDate.class),
        rs.getObject("start_month", LocalDate.class),
        rs.getObject("end_month", LocalDate.class),
        rs.getString("refusal_reason"),
        rs.getObject("notice_issued_on", LocalDate.class),
        rs.getString("review_flag"),
        rs.getObject("next_review_on", LocalDate.class),
        (Long) rs.getObject("filed_by_id"),
        rs.getString("created_by"));
  }
}
