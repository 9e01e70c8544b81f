package cn.minzheng.registry.domain.history;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads {@code person_history} and {@code household_history}. */
@Repository
public class HistoryStore {

  private static final TypeReference<Map<String, Map<String, String>>> CHANGES =
      new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  HistoryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.json = JsonMapper.builder().build();
  }

  public void person(long personId, String kind, ChangeSet changes, String reason, String by) {
    jdbc.sql(
            """
            insert into registry.person_history (person_id, change_kind, changes, reason, changed_by)
            values (?, ?, ?::jsonb, ?, ?)""")
        .params(personId, kind, json.writeValueAsString(changes.asMap()), reason, by)
        .update();
  }

  public void household(
      long householdId, String kind, ChangeSet changes, String reason, String by) {
    jdbc.sql(
            """
            insert into registry.household_history
              (household_id, change_kind, changes, reason, changed_by)
            values (?, ?, ?::jsonb, ?, ?)""")
        .params(householdId, kind, json.writeValueAsString(changes.asMap()), reason, by)
        .update();
  }

  public List<HistoryEntry> ofPerson(long personId) {
    return entries("person_history", "person_id", personId);
  }

  public List<HistoryEntry> ofHousehold(long householdId) {
    return entries("household_history", "household_id", householdId);
  }

  // Table and column names come from the two constants above, never from input.
  private List<HistoryEntry> entries(String table, String key, long id) {
    return jdbc.sql(
            "select changed_at, changed_by, change_kind, changes::text, reason from registry."
                + table
                + " where "
                + key
                + " = ? order by changed_at desc, id desc limit 200")
        .param(id)
        .query(
            (rs, n) ->
                new HistoryEntry(
                    rs.getObject(1, OffsetDateTime.class).toInstant(),
                    rs.getString(2),
                    rs.getString(3),
                    fieldChanges(rs.getString(4)),
                    rs.getString(5)))
        .list();
  }

  private List<HistoryEntry.FieldChange> fieldChanges(String text) {
    List<HistoryEntry.FieldChange> list = new ArrayList<>();
    json.readValue(text, CHANGES)
        .forEach(
            (field, change) ->
                list.add(
                    new HistoryEntry.FieldChange(
                        field, change.get("before"), change.get("after"))));
    return list;
  }
}
