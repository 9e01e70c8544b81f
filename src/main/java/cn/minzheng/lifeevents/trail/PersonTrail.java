package cn.minzheng.lifeevents.trail;

import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a person's trail for staff: the person must lie in the caller's region subtree (else "not
 * found"), and every read is audited ({@code lifeevents.trail.read}).
 */
@Service
public class PersonTrail {

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final DataScope scope;
  private final AuditLog audit;

  PersonTrail(JdbcClient jdbc, PersonDirectory persons, DataScope scope, AuditLog audit) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.scope = scope;
    this.audit = audit;
  }

  public record Trail(PersonSummary person, List<TrailLine> lines) {}

  @Transactional
  public Trail of(long personId) {
    PersonSummary person =
        persons.find(personId).orElseThrow(() -> new RecordNotFoundException("person"));
    scope.requireInScope(person.residenceRegionCode());
    List<TrailLine> recorded =
        jdbc.sql(
                """
                select event, event_date, module, action, rule, recorded_at
                  from lifeevents.trail_entry where person_id = ?
                 order by event_date, recorded_at, id""")
            .param(personId)
            .query(
                (rs, n) -> {
                  LifeEvent event = LifeEvent.valueOf(rs.getString(1));
                  return new TrailLine(
                      event,
                      event.label(),
                      rs.getObject(2, java.time.LocalDate.class),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getObject(6, OffsetDateTime.class).toInstant());
                })
            .list();
    // birth from the registry itself, first (every person has one, however they were registered)
    List<TrailLine> lines = new java.util.ArrayList<>();
    lines.add(
        new TrailLine(
            LifeEvent.REGISTERED,
            LifeEvent.REGISTERED.label(),
            person.birthDate(),
            "人口和家庭库",
            "出生（人口和家庭库记载的出生日期）",
            "人口和家庭库登记",
            null));
    lines.addAll(recorded);
    audit.record(
        AuditEvent.success(
            "lifeevents.trail.read", "person", Long.toString(personId), lines.size() + " lines"));
    return new Trail(person, lines);
  }
}
