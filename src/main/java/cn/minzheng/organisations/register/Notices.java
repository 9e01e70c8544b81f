package cn.minzheng.organisations.register;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The organisation's inbox: reminders and decisions, each topic once (a re-run sends nothing). */
@Service
public class Notices {

  private final JdbcClient jdbc;

  Notices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** True when the notice is new. */
  public boolean send(long organisationId, String topic, String text) {
    return jdbc.sql(
                """
                insert into organisations.notice (organisation_id, topic, text) values (?, ?, ?)
                on conflict (organisation_id, topic) do nothing""")
            .params(organisationId, topic, text)
            .update()
        == 1;
  }

  public List<Notice> of(long organisationId) {
    return jdbc.sql(
            "select topic, text, created_at from organisations.notice where organisation_id = ?"
                + " order by created_at desc, id desc limit 50")
        .param(organisationId)
        .query(Notice.class)
        .list();
  }

  /** One message of the inbox. */
  public record Notice(String topic, String text, OffsetDateTime createdAt) {}
}
