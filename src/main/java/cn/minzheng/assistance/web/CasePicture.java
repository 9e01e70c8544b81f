package cn.minzheng.assistance.web;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.platform.PersonPictureSource;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 救助案件 in a person's picture: the cases of every household the person applied for or belongs to as
 * applicant (the case is the household's; the applicant is the person it is filed under).
 */
@Component
class CasePicture implements PersonPictureSource {

  private final JdbcClient jdbc;

  CasePicture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<PictureEntry> entriesOf(Collection<Long> personIds) {
    return jdbc.sql(
            """
            select id, case_no, type, state, applied_on, applicant_person_id
              from assistance.assistance_case
             where applicant_person_id = any(?) order by applied_on desc, id desc limit ?""")
        .params(personIds.toArray(Long[]::new), LIMIT)
        .query(
            (rs, n) ->
                new PictureEntry(
                    SECTIONS.get(1),
                    rs.getLong("applicant_person_id"),
                    rs.getDate("applied_on").toLocalDate(),
                    AssistanceType.valueOf(rs.getString("type")).label()
                        + " "
                        + rs.getString("case_no"),
                    CaseState.valueOf(rs.getString("state")).label(),
                    "/assistance/cases/" + rs.getLong("id")))
        .list();
  }
}
