package cn.minzheng.socialwork.walk;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate.Span;
import cn.minzheng.socialwork.FormDate;
import cn.minzheng.socialwork.Rejected;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 局长走流程: topics (which service is walked as a citizen would), visits with their person-times,
 * findings, and measures decided with owner, deadline and status. A measure is overdue when it is
 * still open after its deadline (the deadline day itself is not overdue).
 */
@Service
public class WalkTheProcess {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  WalkTheProcess(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public record Topic(
      long id,
      String regionCode,
      String title,
      String service,
      long personTimes,
      long findings,
      long measures,
      long openMeasures) {}

  public record Visit(long id, LocalDate walkedOn, String walker, int persons, String notes) {}

  public record Finding(long id, String text) {}

  public record Measure(
      long id,
      long topicId,
      String topicTitle,
      Long findingId,
      String description,
      String owner,
      LocalDate deadline,
      boolean done,
      LocalDate doneOn) {

    public boolean overdueOn(LocalDate today) {
      return !done && today.isAfter(deadline);
    }
  }

  public record Board(long topics, long personTimes, long findings, long measures, long done) {}

  @Transactional
  public long addTopic(String regionCode, String title, String service, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (title == null || title.isBlank()) {
      errors.put("title", "课题：必填");
    }
    if (service == null || service.isBlank()) {
      errors.put("service", "体验的服务事项：必填");
    }
    Rejected.throwIfAny(errors);
    long id =
        jdbc.sql(
                "insert into socialwork.walk_topic (region_code, title, service, created_by)"
                    + " values (?, ?, ?, ?) returning id")
            .params(regionCode, title.strip(), service.strip(), by)
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("socialwork.walk.topic", "walk_topic", "" + id, null));
    return id;
  }

  @Transactional
  public void addVisit(long topicId, String walkedOn, String walker, String persons, String notes) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate day = FormDate.read(walkedOn, Span.HAPPENED, "walkedOn", "走流程日期", errors);
    if (walker == null || walker.isBlank()) {
      errors.put("walker", "走流程人员：必填（如：局长、分管副局长）");
    }
    Integer count = integer(persons);
    if (count == null || count < 1 || count > 1000) {
      errors.put("persons", "人次：须为1至1000");
    }
    Rejected.throwIfAny(errors);
    jdbc.sql(
            "insert into socialwork.walk_visit (topic_id, walked_on, walker, persons, notes)"
                + " values (?, ?, ?, ?, ?)")
        .params(topicId, day, walker.strip(), count, notes)
        .update();
    audit.record(AuditEvent.success("socialwork.walk.visit", "walk_topic", "" + topicId, null));
  }

  @Transactional
  public void addFinding(long topicId, String text) {
    if (text == null || text.isBlank()) {
      throw new Rejected("finding", "发现的问题：必填");
    }
    jdbc.sql("insert into socialwork.walk_finding (topic_id, text) values (?, ?)")
        .params(topicId, text.strip())
        .update();
    audit.record(AuditEvent.success("socialwork.walk.finding", "walk_topic", "" + topicId, null));
  }

  @Transactional
  public long addMeasure(
      long topicId, String findingId, String description, String owner, String deadline) {
    Map<String, String> errors = new LinkedHashMap<>();
    Long finding = null;
    if (findingId != null && !findingId.isBlank()) {
      Integer value = integer(findingId);
      boolean ofTopic =
          value != null
              && jdbc.sql(
                      "select exists (select 1 from socialwork.walk_finding"
                          + " where id = ? and topic_id = ?)")
                  .params(value.longValue(), topicId)
                  .query(Boolean.class)
                  .single();
      if (!ofTopic) {
        errors.put("findingId", "针对的问题：请从本课题的问题中选择");
      } else {
        finding = value.longValue();
      }
    }
    if (description == null || description.isBlank()) {
      errors.put("description", "整改措施：必填");
    }
    if (owner == null || owner.isBlank()) {
      errors.put("owner", "责任处室（人）：必填");
    }
    LocalDate due = FormDate.read(deadline, Span.ANY, "deadline", "完成时限", errors);
    Rejected.throwIfAny(errors);
    long id =
        jdbc.sql(
                """
                insert into socialwork.walk_measure (topic_id, finding_id, description, owner,
                  deadline) values (?, ?, ?, ?, ?) returning id""")
            .params(topicId, finding, description.strip(), owner.strip(), due)
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("socialwork.walk.measure", "walk_measure", "" + id, null));
    return id;
  }

  /** Marks the measure done today; answers false when it was already done. */
  @Transactional
  public boolean complete(long measureId) {
    int changed =
        jdbc.sql(
                "update socialwork.walk_measure set status = 'DONE', done_on = ?"
                    + " where id = ? and status = 'OPEN'")
            .params(ChinaTime.today(), measureId)
            .update();
    if (changed == 1) {
      audit.record(
          AuditEvent.success("socialwork.walk.measure.done", "walk_measure", "" + measureId, null));
    }
    return changed == 1;
  }

  public Optional<Topic> topic(long id) {
    return jdbc.sql(TOPICS + " where t.id = ?")
        .param(id)
        .query(WalkTheProcess::topicRow)
        .optional();
  }

  public List<Topic> topics(RegionFilter scope) {
    return jdbc.sql(TOPICS + " where (? or t.region_code = any(?)) order by t.id desc limit 500")
        .params(scope.unrestricted(), scope.codesArray())
        .query(WalkTheProcess::topicRow)
        .list();
  }

  public List<Visit> visits(long topicId) {
    return jdbc.sql(
            "select id, walked_on, walker, persons, notes from socialwork.walk_visit"
                + " where topic_id = ? order by walked_on, id")
        .param(topicId)
        .query(
            (rs, n) ->
                new Visit(
                    rs.getLong(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getString(5)))
        .list();
  }

  public List<Finding> findings(long topicId) {
    return jdbc.sql("select id, text from socialwork.walk_finding where topic_id = ? order by id")
        .param(topicId)
        .query((rs, n) -> new Finding(rs.getLong(1), rs.getString(2)))
        .list();
  }

  public List<Measure> measures(long topicId) {
    return jdbc.sql(MEASURES + " where m.topic_id = ? order by m.deadline, m.id")
        .param(topicId)
        .query(WalkTheProcess::measureRow)
        .list();
  }

  public Optional<Measure> measure(long id) {
    return jdbc.sql(MEASURES + " where m.id = ?")
        .param(id)
        .query(WalkTheProcess::measureRow)
        .optional();
  }

  /** Open measures past their deadline on {@code today}, most overdue first. */
  public List<Measure> overdue(RegionFilter scope, LocalDate today) {
    return jdbc.sql(
            MEASURES
                + " where m.status = 'OPEN' and m.deadline < ? and (? or t.region_code = any(?))"
                + " order by m.deadline, m.id limit 500")
        .params(today, scope.unrestricted(), scope.codesArray())
        .query(WalkTheProcess::measureRow)
        .list();
  }

  public Board board(RegionFilter scope) {
    return jdbc.sql(
            """
            select count(*),
                   coalesce(sum((select sum(v.persons) from socialwork.walk_visit v
                                  where v.topic_id = t.id)), 0),
                   coalesce(sum((select count(*) from socialwork.walk_finding f
                                  where f.topic_id = t.id)), 0),
                   coalesce(sum((select count(*) from socialwork.walk_measure m
                                  where m.topic_id = t.id)), 0),
                   coalesce(sum((select count(*) from socialwork.walk_measure m
                                  where m.topic_id = t.id and m.status = 'DONE')), 0)
              from socialwork.walk_topic t where (? or t.region_code = any(?))""")
        .params(scope.unrestricted(), scope.codesArray())
        .query(
            (rs, n) ->
                new Board(
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
        .single();
  }

  private static final String TOPICS =
      """
      select t.id, t.region_code, t.title, t.service,
             coalesce((select sum(v.persons) from socialwork.walk_visit v where v.topic_id = t.id), 0),
             (select count(*) from socialwork.walk_finding f where f.topic_id = t.id),
             (select count(*) from socialwork.walk_measure m where m.topic_id = t.id),
             (select count(*) from socialwork.walk_measure m
               where m.topic_id = t.id and m.status = 'OPEN')
        from socialwork.walk_topic t""";

  private static final String MEASURES =
      """
      select m.id, m.topic_id, t.title, m.finding_id, m.description, m.owner, m.deadline,
             m.status = 'DONE', m.done_on
        from socialwork.walk_measure m join socialwork.walk_topic t on t.id = m.topic_id""";

  private static Topic topicRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Topic(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        rs.getLong(6),
        rs.getLong(7),
        rs.getLong(8));
  }

  private static Measure measureRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Measure(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        (Long) rs.getObject(4),
        rs.getString(5),
        rs.getString(6),
        rs.getObject(7, LocalDate.class),
        rs.getBoolean(8),
        rs.getObject(9, LocalDate.class));
  }

  private static Integer integer(String raw) {
    try {
      return raw == null ? null : Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
