package cn.minzheng.socialwork.governance;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.PlausibleDate.Span;
import cn.minzheng.shared.VisibleText;
import cn.minzheng.socialwork.FormDate;
import cn.minzheng.socialwork.Rejected;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 居民自治 records per community: residents' councils (居民议事会), community organisation pilots, compound
 * organisations (小区党组织+业委会+物业) and community public-service pilots, each with its members and its
 * meetings. A record belongs to its community's region node; the caller's region scope decides what
 * is listed and found.
 */
@Service
public class GovernanceBodies {

  public static final Set<String> SORTS = Set.of("name", "community_code", "last_meeting", "id");

  private final JdbcClient jdbc;
  private final RegionQuery regions;
  private final AuditLog audit;

  GovernanceBodies(JdbcClient jdbc, RegionQuery regions, AuditLog audit) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.audit = audit;
  }

  public record BodyForm(
      @Nullable String communityCode,
      @Nullable String kind,
      @Nullable String name,
      @Nullable String goal,
      @Nullable String status) {}

  public record Body(
      long id,
      String communityCode,
      BodyKind kind,
      String name,
      @Nullable String goal,
      BodyStatus status,
      int members,
      int meetings,
      @Nullable LocalDate lastMeeting) {

    public String kindLabel() {
      return kind.label();
    }

    public String statusLabel() {
      return status.label();
    }
  }

  public record Member(long id, String name, String role) {}

  public record Meeting(long id, LocalDate heldOn, String subject, int attendees) {}

  private static final String SELECT =
      """
      select b.id, b.community_code, b.kind, b.name, b.goal, b.status,
             (select count(*) from socialwork.governance_member m where m.body_id = b.id) as members,
             (select count(*) from socialwork.governance_meeting g where g.body_id = b.id) as meetings,
             (select max(held_on) from socialwork.governance_meeting g where g.body_id = b.id)
               as last_meeting
        from socialwork.governance_body b""";

  /** Records a council, pilot or compound organisation of a community in the caller's scope. */
  @Transactional
  public long create(BodyForm form, Predicate<String> regionPermitted, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    String code = form.communityCode() == null ? "" : form.communityCode().strip();
    Optional<RegionNode> node = code.matches("[0-9]{12}") ? regions.find(code) : Optional.empty();
    if (node.isEmpty() || node.get().level() != RegionLevel.COMMUNITY) {
      errors.put("communityCode", "社区（村）区划代码：须为社区或村");
    } else if (!regionPermitted.test(code)) {
      errors.put("communityCode", "社区（村）区划代码：须在本辖区内");
    }
    BodyKind kind = BodyKind.parse(form.kind());
    if (kind == null) {
      errors.put("kind", "类别：请选择");
    }
    String name = text(form.name(), "name", "名称", 100, errors);
    String goal = optionalText(form.goal(), "goal", "目标与内容", 1000, errors);
    BodyStatus status =
        form.status() == null || form.status().isBlank()
            ? BodyStatus.ACTIVE
            : BodyStatus.parse(form.status());
    if (status == null) {
      errors.put("status", "状态：请选择");
    }
    Rejected.throwIfAny(errors);
    long id =
        jdbc.sql(
                """
                insert into socialwork.governance_body (community_code, kind, name, goal, status,
                       created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
            .params(code, kind.name(), name, goal, status.name(), by)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success("socialwork.governance.create", "governance_body", "" + id, name));
    return id;
  }

  public PageResult<Body> page(
      RegionFilter scope,
      @Nullable BodyKind kind,
      @Nullable BodyStatus status,
      @Nullable String q,
      PageQuery page) {
    String where =
        " where (:all or b.community_code = any(:codes))"
            + " and (cast(:kind as text) is null or b.kind = :kind)"
            + " and (cast(:status as text) is null or b.status = :status)"
            + " and (cast(:q as text) is null or b.name like '%' || :q || '%')";
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("all", scope.unrestricted());
    p.put("codes", scope.codesArray());
    p.put("kind", kind == null ? null : kind.name());
    p.put("status", status == null ? null : status.name());
    p.put("q", q == null || q.isBlank() ? null : q.strip());
    long total =
        jdbc.sql("select count(*) from socialwork.governance_body b" + where)
            .params(p)
            .query(Long.class)
            .single();
    p.put("limit", page.size());
    p.put("offset", page.offset());
    List<Body> items =
        jdbc.sql(
                "select * from ("
                    + SELECT
                    + where
                    + ") b order by "
                    + page.orderBy()
                    + " nulls last, b.id limit :limit offset :offset")
            .params(p)
            .query(GovernanceBodies::body)
            .list();
    return new PageResult<>(items, page, total);
  }

  public Optional<Body> find(long id) {
    return jdbc.sql(SELECT + " where b.id = ?").param(id).query(GovernanceBodies::body).optional();
  }

  public List<Member> members(long bodyId) {
    return jdbc.sql(
            "select id, name, role from socialwork.governance_member where body_id = ? order by id")
        .param(bodyId)
        .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  public List<Meeting> meetings(long bodyId) {
    return jdbc.sql(
            """
            select id, held_on, subject, attendees from socialwork.governance_meeting
             where body_id = ? order by held_on desc, id desc""")
        .param(bodyId)
        .query(
            (rs, n) ->
                new Meeting(
                    rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getInt(4)))
        .list();
  }

  @Transactional
  public long addMember(Body body, @Nullable String name, @Nullable String role) {
    Map<String, String> errors = new LinkedHashMap<>();
    String n = text(name, "memberName", "成员姓名", 50, errors);
    String r = text(role, "memberRole", "职务或身份", 50, errors);
    Rejected.throwIfAny(errors);
    long id =
        jdbc.sql(
                "insert into socialwork.governance_member (body_id, name, role) values (?, ?, ?)"
                    + " returning id")
            .params(body.id(), n, r)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success("socialwork.governance.member", "governance_body", "" + body.id(), n));
    return id;
  }

  @Transactional
  public void removeMember(Body body, long memberId) {
    int removed =
        jdbc.sql("delete from socialwork.governance_member where id = ? and body_id = ?")
            .params(memberId, body.id())
            .update();
    if (removed == 0) {
      throw new Rejected("memberId", "成员：不存在");
    }
    audit.record(
        AuditEvent.success(
            "socialwork.governance.member-removed",
            "governance_body",
            "" + body.id(),
            "" + memberId));
  }

  /** A meeting held (not a planned one): its date lies on or before today. */
  @Transactional
  public long addMeeting(
      Body body, @Nullable String heldOn, @Nullable String subject, @Nullable String attendees) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate day = FormDate.read(heldOn, Span.HAPPENED, "heldOn", "会议日期", errors);
    String s = text(subject, "subject", "议题", 200, errors);
    Integer count = null;
    try {
      count = attendees == null ? null : Integer.valueOf(attendees.strip());
    } catch (NumberFormatException e) {
      count = null;
    }
    if (count == null || count < 1 || count > 10_000) {
      errors.put("attendees", "参会人数：请填写1至10000之间的整数");
    }
    Rejected.throwIfAny(errors);
    long id =
        jdbc.sql(
                """
                insert into socialwork.governance_meeting (body_id, held_on, subject, attendees)
                values (?, ?, ?, ?) returning id""")
            .params(body.id(), day, s, count)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success(
            "socialwork.governance.meeting", "governance_body", "" + body.id(), day + " " + s));
    return id;
  }

  @Transactional
  public void changeStatus(Body body, @Nullable String status) {
    BodyStatus s = BodyStatus.parse(status);
    if (s == null) {
      throw new Rejected("status", "状态：请选择");
    }
    jdbc.sql("update socialwork.governance_body set status = ? where id = ?")
        .params(s.name(), body.id())
        .update();
    audit.record(
        AuditEvent.success(
            "socialwork.governance.status", "governance_body", "" + body.id(), s.name()));
  }

  private static String text(
      @Nullable String value, String field, String label, int max, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      errors.put(field, label + "：必填");
      return "";
    }
    return checked(value.strip(), field, label, max, errors);
  }

  /** Free text of several lines (line breaks allowed): only its length is checked. */
  private static @Nullable String optionalText(
      @Nullable String value, String field, String label, int max, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > max) {
      errors.put(field, label + "：不超过" + max + "个字");
    }
    return value.strip();
  }

  /** A one-line name: a length limit and no characters nobody can see. */
  private static String checked(
      String value, String field, String label, int max, Map<String, String> errors) {
    if (value.length() > max) {
      errors.put(field, label + "：不超过" + max + "个字");
    } else if (VisibleText.hasInvisibleCharacters(value)) {
      errors.put(field, label + "：含有不可见字符，请删除后重新输入");
    }
    return value;
  }

  private static Body body(ResultSet rs, int n) throws SQLException {
    return new Body(
        rs.getLong("id"),
        rs.getString("community_code"),
        BodyKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getString("goal"),
        BodyStatus.valueOf(rs.getString("status")),
        rs.getInt("members"),
        rs.getInt("meetings"),
        rs.getObject("last_meeting", LocalDate.class));
  }
}
