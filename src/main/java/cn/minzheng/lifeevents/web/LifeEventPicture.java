package cn.minzheng.lifeevents.web;

import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.platform.PersonPictureSource;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 生命事件 in a person's picture: the trail of events and what each module did about them. */
@Component
class LifeEventPicture implements PersonPictureSource {

  private final JdbcClient jdbc;

  LifeEventPicture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<PictureEntry> entriesOf(Collection<Long> personIds) {
    return jdbc.sql(
            """
            select person_id, event, event_date, module, action from lifeevents.trail_entry
             where person_id = any(?) order by event_date desc, id desc limit ?""")
        .params(personIds.toArray(Long[]::new), LIMIT)
        .query(
            (rs, n) ->
                new PictureEntry(
                    SECTIONS.get(6),
                    rs.getLong("person_id"),
                    rs.getDate("event_date").toLocalDate(),
                    LifeEvent.valueOf(rs.getString("event")).label()
                        + "（"
                        + rs.getString("module")
                        + "）",
                    rs.getString("action"),
                    "/lifeevents/persons/" + rs.getLong("person_id") + "/trail"))
        .list();
  }
}
