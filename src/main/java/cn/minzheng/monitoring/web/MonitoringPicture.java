package cn.minzheng.monitoring.web;

import cn.minzheng.platform.PersonPictureSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 预警 and 走访 in a person's picture: the person's warnings and the visits made to them. */
@Component
class MonitoringPicture implements PersonPictureSource {

  private static final Map<String, String> STATES =
      Map.of("NEW", "待认领", "ASSIGNED", "处置中", "HANDLED", "已处置", "CLOSED", "已关闭");

  private final JdbcClient jdbc;

  MonitoringPicture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<PictureEntry> entriesOf(Collection<Long> personIds) {
    Long[] ids = personIds.toArray(Long[]::new);
    List<PictureEntry> entries = new ArrayList<>();
    entries.addAll(
        jdbc.sql(
                """
                select w.id, w.person_id, r.label, w.state, w.deadline,
                       (w.raised_at at time zone 'Asia/Shanghai')::date as raised_on
                  from monitoring.warning w join monitoring.warning_rule r on r.code = w.rule_code
                 where w.person_id = any(?) order by w.raised_at desc, w.id desc limit ?""")
            .params(ids, LIMIT)
            .query(
                (rs, n) ->
                    new PictureEntry(
                        SECTIONS.get(2),
                        rs.getLong("person_id"),
                        rs.getDate("raised_on").toLocalDate(),
                        rs.getString("label"),
                        STATES.getOrDefault(rs.getString("state"), rs.getString("state"))
                            + "，处置期限 "
                            + rs.getDate("deadline").toLocalDate(),
                        "/monitoring/warnings/" + rs.getLong("id")))
            .list());
    entries.addAll(
        jdbc.sql(
                """
                select person_id, visited_on, visitor, findings from monitoring.visit
                 where person_id = any(?) order by visited_on desc, id desc limit ?""")
            .params(ids, LIMIT)
            .query(
                (rs, n) ->
                    new PictureEntry(
                        SECTIONS.get(3),
                        rs.getLong("person_id"),
                        rs.getDate("visited_on").toLocalDate(),
                        "巡访关爱：" + rs.getString("visitor"),
                        rs.getString("findings"),
                        "/monitoring/visits"))
            .list());
    return entries;
  }
}
