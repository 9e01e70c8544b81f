package cn.minzheng.children.web;

import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.allowance.CaseState;
import cn.minzheng.children.protection.ProtectionCases;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.PersonPictureSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 儿童福利 in a child's picture: the allowance cases (孤儿, 事实无人抚养儿童 and the city's own categories) and
 * the protection cases. A protection case is there only for those who may open protection cases
 * ({@link ChildrenRoles#PROTECTION}: a street caseworker does not learn that one exists), and shows
 * its stage and risk only: what was reported stays on the case page.
 */
@Component
class ChildrenPicture implements PersonPictureSource {

  static final String SECTION = SECTIONS.get(7);

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;

  ChildrenPicture(JdbcClient jdbc, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
  }

  @Override
  public List<PictureEntry> entriesOf(Collection<Long> personIds) {
    Long[] ids = personIds.toArray(Long[]::new);
    List<PictureEntry> entries = new ArrayList<>();
    entries.addAll(
        jdbc.sql(
                """
                select a.id, a.child_person_id, c.label, a.care_type, a.state, a.first_month,
                       a.stopped_from, (a.filed_at at time zone 'Asia/Shanghai')::date as filed_on
                  from children.allowance_case a
                  join children.category c on c.code = a.category
                 where a.child_person_id = any(?) order by a.filed_at desc, a.id desc limit ?""")
            .params(ids, LIMIT)
            .query(
                (rs, n) ->
                    new PictureEntry(
                        SECTION,
                        rs.getLong("child_person_id"),
                        rs.getObject("filed_on", LocalDate.class),
                        rs.getString("label")
                            + "保障 · "
                            + CareType.valueOf(rs.getString("care_type")).label(),
                        allowanceDetail(
                            CaseState.valueOf(rs.getString("state")),
                            rs.getObject("first_month", LocalDate.class),
                            rs.getObject("stopped_from", LocalDate.class)),
                        CasePages.PATH + "/" + rs.getLong("id")))
            .list());
    if (!mayReadProtectionCases()) {
      return entries;
    }
    entries.addAll(
        jdbc.sql(
                """
                select id, child_person_id, reported_on, risk_level, stage
                  from children.protection_case
                 where child_person_id = any(?) order by reported_on desc, id desc limit ?""")
            .params(ids, LIMIT)
            .query(
                (rs, n) ->
                    new PictureEntry(
                        SECTION,
                        rs.getLong("child_person_id"),
                        rs.getObject("reported_on", LocalDate.class),
                        "未成年人保护个案",
                        ProtectionCases.STAGES.get(rs.getString("stage"))
                            + "，风险等级："
                            + ProtectionCases.RISKS.get(rs.getString("risk_level")),
                        ProtectionPages.PATH + "/" + rs.getLong("id")))
            .list());
    return entries;
  }

  private boolean mayReadProtectionCases() {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(ChildrenRoles.PROTECTION::contains))
        .isPresent();
  }

  /** The state, and the months paid: "已批准发放，自2026-03起" or "已停发，2026-09起停发". */
  static String allowanceDetail(
      CaseState state, @Nullable LocalDate firstMonth, @Nullable LocalDate stoppedFrom) {
    StringBuilder detail = new StringBuilder(state.label());
    if (firstMonth != null && (state == CaseState.APPROVED || state == CaseState.ENDED)) {
      detail.append("，自").append(month(firstMonth)).append("起发放");
    }
    if (stoppedFrom != null) {
      detail.append("，").append(month(stoppedFrom)).append("起停发");
    }
    return detail.toString();
  }

  private static String month(LocalDate first) {
    return first.toString().substring(0, 7);
  }
}
