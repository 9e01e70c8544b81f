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

  /** Keeps a later report of another source as a confirmation; false when that source confirmed. */
  boolean confirm(
      long personId, String source, LocalDate dateOfDeath, String certificateNumber, String by) {
    return jdbc.sql(
                """
                insert into registry.death_confirmation
                  (person_id, source, date_of_death, certificate_number, confirmed_by)
                select ?, ?, ?, ?, ?
                 where not exists (select 1 from registry.death_record
                                    where person_id = ? and source = ?)
                on conflict (person_id, source) do nothing""")
            .params(personId, source, dateOfDeath, certificateNumber, by, personId, source)
            .update()
        == 1;
  }

  /** Moves the record into the withdrawals and removes its confirmations. */
  void withdraw(long personId, String by, String reason) {
    jdbc.sql(
            """
            insert into registry.death_withdrawal
              (person_id, date_of_death, source, recorded_at, recorded_by, withdrawn_by, reason)
            select person_id, date_of_death, source, recorded_at, recorded_by, ?, ?
              from registry.death_record where person_id = ?""")
        .params(by, reason, personId)
        .update();
    jdbc.sql("delete from registry.death_confirmation where person_id = ?")
        .param(personId)
        .update();
    jdbc.sql("delete from registry.death_record where person_id = ?").param(personId).update();
  }

  String recordedBy(long personId) {
    return jdbc.sql("select recorded_by from registry.death_record where person_id = ?")
        .param(personId)
        .query(String.class)
        .optional()
        .orElse("");
  }
}
