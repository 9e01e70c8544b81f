package cn.minzheng.registry.domain.facades;

import cn.minzheng.registry.DeathRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code registry.death_record}: one row per deceased person. */
@Repository
class DeathStore {

  private final JdbcClient jdbc;

  DeathStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<DeathRecord> find(long personId) {
    return jdbc.sql(
            """
            select person_id, date_of_death, certificate_number, source, recorded_at
            from registry.death_record where person_id = ?""")
        .param(personId)
        .query(
            (rs, n) ->
                new DeathRecord(
                    rs.getLong(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class).toInstant(),
                    false))
        .optional();
  }

  /** Inserts the record; false when one already exists (a concurrent report won). */
  boolean insert(
      long personId,
      LocalDate dateOfDeath,
      String certificateNumber,
      String source,
      String reason,
      String by) {
    return jdbc.sql(
                """
                insert into registry.death_record
                  (person_id, date_of_death, certificate_number, source, reason, recorded_by)
                values (?, ?, ?, ?, ?, ?) on conflict (person_id) do nothing""")
            .params(personId, dateOfDeath, certificateNumber, source, reason, by)
            .update()
        == 1;
  }
}
