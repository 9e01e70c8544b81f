package cn.minzheng.marriage.domain.counter;

import cn.minzheng.platform.RecordNotFoundException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 婚育一件事: after a marriage registration the couple gets the bundled follow-up services, each with
 * its own status. Either spouse sees and updates the checklist in the portal.
 */
@Service
@Transactional
public class FollowUpChecklist {

  public enum Item {
    BIRTH_SERVICE("生育服务登记", "可在“四川天府通办”或社区卫生服务中心办理"),
    PRE_PREGNANCY_CHECK("免费孕前优生健康检查", "夫妻双方到区（市）县妇幼保健机构预约"),
    HOUSEHOLD("户口迁移（投靠配偶）", "如需随迁户口，到户籍所在地派出所办理"),
    MATERNITY_INSURANCE("生育保险参保确认", "确认双方职工医保或城乡居民医保参保状态");

    private final String label;
    private final String hint;

    Item(String label, String hint) {
      this.label = label;
      this.hint = hint;
    }

    public String label() {
      return label;
    }

    public String hint() {
      return hint;
    }
  }

  public enum Status {
    TODO("待办理"),
    DONE("已办理"),
    NOT_NEEDED("无需办理");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public record Entry(long registrationId, Item item, Status status) {}

  private final JdbcClient jdbc;

  FollowUpChecklist(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Called in the registration's transaction. */
  void open(long registrationId) {
    for (Item item : Item.values()) {
      jdbc.sql("insert into marriage.followup_item (registration_id, item) values (?, ?)")
          .params(registrationId, item.name())
          .update();
    }
  }

  /** The checklists of the marriages the person is a spouse in. */
  @Transactional(readOnly = true)
  public List<Entry> of(long personId) {
    return jdbc
        .sql(
            "select f.registration_id, f.item, f.status from marriage.followup_item f"
                + " join marriage.registration r on r.id = f.registration_id"
                + " where ? in (r.person1_id, r.person2_id)")
        .param(personId)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getLong("registration_id"),
                    Item.valueOf(rs.getString("item")),
                    Status.valueOf(rs.getString("status"))))
        .list()
        .stream()
        .sorted(
            (a, b) ->
                a.registrationId() != b.registrationId()
                    ? Long.compare(b.registrationId(), a.registrationId())
                    : Integer.compare(a.item().ordinal(), b.item().ordinal()))
        .toList();
  }

  /** A spouse updates an item of the own marriage; others get "not found". */
  public void update(long personId, long registrationId, Item item, Status status) {
    int rows =
        jdbc.sql(
                "update marriage.followup_item f set status = ?, changed_at = now()"
                    + " from marriage.registration r where r.id = f.registration_id"
                    + " and f.registration_id = ? and f.item = ? and ? in (r.person1_id, r.person2_id)")
            .params(status.name(), registrationId, item.name(), personId)
            .update();
    if (rows == 0) {
      throw new RecordNotFoundException("follow-up item");
    }
  }
}
