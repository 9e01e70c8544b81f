package cn.minzheng.portal.messages;

import cn.minzheng.portal.CitizenMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code portal.citizen_message}; every read is bounded and by the person's index. */
@Repository
class MessageStore {

  private static final String COLUMNS = "id, subject, body, link, created_at, read_at";

  private final JdbcClient jdbc;

  MessageStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Empty when the once-key was used before (the unique index decides, also under races). */
  /**
   * A stored message, and the phone (encrypted) of the person's active account, if any and unless
   * its privacy consent was withdrawn (no text then: the inbox keeps the message).
   */
  record Stored(long id, byte[] phone) {}

  /**
   * Stores the message unless its once-key was used before; the phone to text comes back with it
   * (one round trip: a booking messages both parties in its transaction).
   */
  Optional<Stored> insert(CitizenMessage m) {
    return jdbc.sql(
            """
            insert into portal.citizen_message (person_id, subject, body, link, once_key)
            values (?, ?, ?, ?, ?)
            on conflict (once_key) where once_key is not null do nothing
            returning id,
                      (select a.phone_enc from portal.citizen_account a
                        where a.person_id = citizen_message.person_id and a.status = 'ACTIVE'
                          and a.optional_processing)""")
        .params(m.personId(), m.subject(), m.body(), m.link(), m.onceKey())
        .query((rs, n) -> new Stored(rs.getLong(1), rs.getBytes(2)))
        .optional();
  }

  /** A message stored by {@link #insertAll}, and the phone (encrypted) to text, if any. */
  record StoredMessage(CitizenMessage message, byte[] phone) {}

  /**
   * {@link #insert} for several messages in one statement; those whose once-key was used before (or
   * repeats one of the batch) are left out of the answer.
   */
  List<StoredMessage> insertAll(List<CitizenMessage> messages) {
    if (messages.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            insert into portal.citizen_message (person_id, subject, body, link, once_key)
            select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
            on conflict (once_key) where once_key is not null do nothing
            returning person_id, subject, body, link, once_key,
                      (select a.phone_enc from portal.citizen_account a
                        where a.person_id = citizen_message.person_id and a.status = 'ACTIVE'
                          and a.optional_processing)""")
        .params(
            messages.stream().map(CitizenMessage::personId).toArray(Long[]::new),
            messages.stream().map(CitizenMessage::subject).toArray(String[]::new),
            messages.stream().map(CitizenMessage::body).toArray(String[]::new),
            messages.stream().map(CitizenMessage::link).toArray(String[]::new),
            messages.stream().map(CitizenMessage::onceKey).toArray(String[]::new))
        .query(
            (rs, n) ->
                new StoredMessage(
                    new CitizenMessage(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)),
                    rs.getBytes(6)))
        .list();
  }

  List<InboxMessage> newest(long personId, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from portal.citizen_message where person_id = ?"
                + " order by id desc limit ?")
        .params(personId, limit)
        .query(MessageStore::row)
        .list();
  }

  Optional<InboxMessage> find(long personId, long id) {
    return jdbc.sql(
            "select " + COLUMNS + " from portal.citizen_message where id = ? and person_id = ?")
        .params(id, personId)
        .query(MessageStore::row)
        .optional();
  }

  void markRead(long personId, long id) {
    jdbc.sql(
            "update portal.citizen_message set read_at = now()"
                + " where id = ? and person_id = ? and read_at is null")
        .params(id, personId)
        .update();
  }

  long unread(long personId) {
    return jdbc.sql(
            "select count(*) from portal.citizen_message where person_id = ? and read_at is null")
        .param(personId)
        .query(Long.class)
        .single();
  }

  Optional<Long> personOfAccount(long accountId) {
    return jdbc.sql("select person_id from portal.citizen_account where id = ?")
        .param(accountId)
        .query(Long.class)
        .optional();
  }

  /** The encrypted phone of the person's active account, if there is one. */
  private static InboxMessage row(ResultSet rs, int n) throws SQLException {
    java.sql.Timestamp read = rs.getTimestamp("read_at");
    return new InboxMessage(
        rs.getLong("id"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("link"),
        rs.getTimestamp("created_at").toInstant(),
        read == null ? null : read.toInstant());
  }
}
