package cn.minzheng.lifeevents.trail;

import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link LifeEventTrail} on {@code lifeevents.trail_entry}, in the caller's transaction. */
@Component
class JdbcLifeEventTrail implements LifeEventTrail {

  private final JdbcClient jdbc;

  JdbcLifeEventTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean record(TrailEntry e) {
    return jdbc.sql(
                """
                insert into lifeevents.trail_entry
                  (person_id, event, event_date, module, action, rule, once_key)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (once_key) do nothing""")
            .params(
                e.personId(),
                e.event().name(),
                e.eventDate(),
                e.module(),
                e.action(),
                e.rule(),
                e.onceKey())
            .update()
        == 1;
  }
}
