package cn.minzheng.placenames.inspection;

import cn.minzheng.calendar.WorkingCalendar;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 联合检查 of place-name signs and boundary markers: plans of a region with their partners, findings
 * per sign or marker with a photo, a rectification deadline {@code
 * minzheng.placenames.inspection.rectification-working-days} working days after the finding day (by
 * the working calendar), overdue from the day after it until rectified. Scope by the plan's region.
 */
@Service
public class JointInspections {

  /** What is inspected. */
  public enum Kind {
    SIGN("地名标志"),
    MARKER("界桩界线");

    public final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** What a finding found. */
  public enum Condition {
    GOOD("完好"),
    DAMAGED("损坏"),
    MISSING("缺失"),
    WRONG_CONTENT("内容错误"),
    MOVED("位移");

    public final String label;

    Condition(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A plan with its counts: findings, open ones and overdue ones (today). */
  public record Plan(
      long id,
      String title,
      Kind kind,
      String regionCode,
      String partners,
      LocalDate plannedOn,
      String createdBy,
      long findings,
      long open,
      long overdue) {}

  /** A finding as shown (no photo bytes). */
  public record Finding(
      long id,
      long planId,
      String objectCode,
      String location,
      Condition condition,
      String description,
      LocalDate foundOn,
      @Nullable LocalDate rectifyBy,
      @Nullable LocalDate rectifiedOn,
      @Nullable String rectification,
      String recordedBy) {

    /**
     * Overdue on {@code day}: a deadline passed (the deadline day itself is not) and not rectified.
     */
    public boolean overdueOn(LocalDate day) {
      return rectifyBy != null && rectifiedOn == null && day.isAfter(rectifyBy);
    }

    public String stateLabel(LocalDate day) {
      if (rectifyBy == null) {
        return "无需整改";
      }
      if (rectifiedOn != null) {
        return "已整改";
      }
      return overdueOn(day) ? "逾期未整改" : "整改中";
    }
  }

  public static final Set<String> SORTS = Set.of("id", "planned_on", "title");

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final RegionQuery regions;
  private final WorkingCalendar calendar;
  private final AuditLog audit;
  private final int rectificationDays;

  JointInspections(
      JdbcClient jdbc,
      DataScope scope,
      RegionQuery regions,
      WorkingCalendar calendar,
      AuditLog audit,
      @Value("${minzheng.placenames.inspection.rectification-working-days:15}")
          int rectificationDays) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.regions = regions;
    this.calendar = calendar;
    this.audit = audit;
    this.rectificationDays = rectificationDays;
  }

  @Transactional
  public long plan(
      @Nullable String title,
      @Nullable String kind,
      @Nullable String regionCode,
      @Nullable String partners,
      LocalDate plannedOn,
      String by) {
    String t = bounded("title", title, "检查名称", 100);
    Kind k = parse(Kind.class, "kind", kind, "请选择检查对象");
    String region = required("regionCode", regionCode, "请填写组织检查的区划代码");
    if (regions.find(region).filter(n -> n.activeOn(ChinaTime.today())).isEmpty()) {
      throw new InvalidInput("regionCode", "区划不存在或已撤销");
    }
    if (!scope.permits(region)) {
      throw new InvalidInput("regionCode", "区划不在本账号辖区内");
    }
    String p = bounded("partners", partners, "联合检查单位", 200);
    long id =
        jdbc.sql(
                """
                insert into placenames.inspection_plan (title, kind, region_code, partners,
                       planned_on, created_by)
                values (:title, :kind, :region, :partners, :on, :by) returning id""")
            .param("title", t)
            .param("kind", k.name())
            .param("region", region)
            .param("partners", p)
            .param("on", plannedOn)
            .param("by", by)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success("placenames.inspection.plan", "inspection_plan", String.valueOf(id), t));
    return id;
  }

  /**
   * Records a finding of the plan on {@code foundOn} with its photo; anything but GOOD is to be
   * rectified by the deadline. The same photo twice in a plan is refused.
   */
  @Transactional
  public long find(
      long planId,
      @Nullable String objectCode,
      @Nullable String location,
      @Nullable String condition,
      @Nullable String description,
      LocalDate foundOn,
      Photo photo,
      String by) {
    Plan plan = plan(planId);
    String code = bounded("objectCode", objectCode, "标志或界桩编号", 50);
    String where = required("location", location, "请填写位置");
    if (!where.matches("-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?")) {
      throw new InvalidInput("location", "位置须为“纬度,经度”");
    }
    Condition c = parse(Condition.class, "condition", condition, "请选择检查结果");
    String text = bounded("description", description, "情况说明", 1000);
    if (foundOn.isBefore(plan.plannedOn()) || foundOn.isAfter(ChinaTime.today())) {
      throw new InvalidInput("foundOn", "检查日期须在计划日期至今天之间");
    }
    boolean seen =
        jdbc.sql(
                "select exists (select 1 from placenames.inspection_finding"
                    + " where plan_id = :plan and photo_sha256 = :sha)")
            .param("plan", planId)
            .param("sha", photo.sha256())
            .query(Boolean.class)
            .single();
    if (seen) {
      throw new InvalidInput("photo", "该照片已在本次检查中上传过，请上传本处的现场照片");
    }
    long id =
        jdbc.sql(
                """
                insert into placenames.inspection_finding (plan_id, object_code, location,
                       condition, description, found_on, rectify_by, photo, photo_type,
                       photo_sha256, recorded_by)
                values (:plan, :code, :location, :condition, :description, :on, :by_day, :photo,
                        :type, :sha, :who) returning id""")
            .param("plan", planId)
            .param("code", code)
            .param("location", where)
            .param("condition", c.name())
            .param("description", text)
            .param("on", foundOn)
            .param(
                "by_day",
                c == Condition.GOOD ? null : calendar.plusWorkingDays(foundOn, rectificationDays))
            .param("photo", photo.content())
            .param("type", photo.contentType())
            .param("sha", photo.sha256())
            .param("who", by)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success(
            "placenames.inspection.finding", "inspection_finding", String.valueOf(id), code));
    return id;
  }

  /** Marks a finding rectified on the day, with what was done. */
  @Transactional
  public void rectify(long findingId, @Nullable String note, LocalDate on, String by) {
    Finding f = finding(findingId);
    if (f.rectifyBy() == null) {
      throw new InvalidInput("rectification", "该处检查结果为完好，无需整改");
    }
    if (f.rectifiedOn() != null) {
      throw new InvalidInput("rectification", "该处已整改");
    }
    String text = bounded("rectification", note, "整改情况", 1000);
    if (on.isBefore(f.foundOn()) || on.isAfter(ChinaTime.today())) {
      throw new InvalidInput("rectifiedOn", "整改日期须在检查日期至今天之间");
    }
    jdbc.sql(
            "update placenames.inspection_finding set rectified_on = :on, rectification = :note"
                + " where id = :id")
        .param("on", on)
        .param("note", text)
        .param("id", findingId)
        .update();
    audit.record(
        AuditEvent.success(
            "placenames.inspection.rectify", "inspection_finding", String.valueOf(findingId), by));
  }

  /** A plan in the caller's scope with its counts, else not found. */
  public Plan plan(long id) {
    Plan p =
        jdbc.sql(PLANS + " where p.id = :id")
            .param("id", id)
            .param("today", ChinaTime.today())
            .query(JointInspections::mapPlan)
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("inspection"));
    scope.requireInScope(p.regionCode());
    return p;
  }

  /** The findings of a plan in scope, in order. */
  public List<Finding> findings(long planId) {
    plan(planId);
    return jdbc.sql(FINDINGS + " where plan_id = :plan order by id")
        .param("plan", planId)
        .query(JointInspections::mapFinding)
        .list();
  }

  /** A finding whose plan is in scope, else not found. */
  public Finding finding(long id) {
    Finding f =
        jdbc.sql(FINDINGS + " where id = :id")
            .param("id", id)
            .query(JointInspections::mapFinding)
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("finding"));
    plan(f.planId());
    return f;
  }

  /** The photo of a finding in scope: its bytes and type. */
  public Photo photo(long findingId) {
    finding(findingId);
    Photo p =
        jdbc.sql(
                "select photo, photo_type, photo_sha256 from placenames.inspection_finding"
                    + " where id = :id")
            .param("id", findingId)
            .query((rs, n) -> new Photo(rs.getBytes(1), rs.getString(2), rs.getString(3)))
            .single();
    audit.record(
        AuditEvent.success(
            "placenames.inspection.photo", "inspection_finding", String.valueOf(findingId), ""));
    return p;
  }

  /**
   * One page of the plans in the caller's scope; {@code overdueOnly}: those with overdue findings.
   */
  public PageResult<Plan> page(@Nullable Kind kind, boolean overdueOnly, PageQuery query) {
    var filter = scope.current();
    String where =
        " where (:unrestricted or p.region_code = any(:codes))"
            + " and (:kind = '' or p.kind = :kind)";
    String outer = overdueOnly ? " where overdue > 0" : "";
    String k = kind == null ? "" : kind.name();
    long total =
        jdbc.sql("select count(*) from (" + PLANS + where + ") x" + outer)
            .param("unrestricted", filter.unrestricted())
            .param("codes", filter.codesArray())
            .param("kind", k)
            .param("today", ChinaTime.today())
            .query(Long.class)
            .single();
    List<Plan> items =
        jdbc.sql(
                "select * from ("
                    + PLANS
                    + where
                    + ") x"
                    + outer
                    + " order by "
                    + query.orderBy()
                    + ", id desc limit :limit offset :offset")
            .param("unrestricted", filter.unrestricted())
            .param("codes", filter.codesArray())
            .param("kind", k)
            .param("today", ChinaTime.today())
            .param("limit", query.size())
            .param("offset", query.offset())
            .query(JointInspections::mapPlan)
            .list();
    return new PageResult<>(items, query, total);
  }

  public int rectificationDays() {
    return rectificationDays;
  }

  private static final String PLANS =
      """
      select p.id, p.title, p.kind, p.region_code, p.partners, p.planned_on, p.created_by,
             (select count(*) from placenames.inspection_finding f where f.plan_id = p.id) as findings,
             (select count(*) from placenames.inspection_finding f where f.plan_id = p.id
                 and f.rectify_by is not null and f.rectified_on is null) as open,
             (select count(*) from placenames.inspection_finding f where f.plan_id = p.id
                 and f.rectified_on is null and f.rectify_by < :today) as overdue
        from placenames.inspection_plan p""";

  private static final String FINDINGS =
      "select id, plan_id, object_code, location, condition, description, found_on, rectify_by,"
          + " rectified_on, rectification, recorded_by from placenames.inspection_finding";

  private static Plan mapPlan(ResultSet rs, int n) throws SQLException {
    return new Plan(
        rs.getLong("id"),
        rs.getString("title"),
        Kind.valueOf(rs.getString("kind")),
        rs.getString("region_code"),
        rs.getString("partners"),
        rs.getObject("planned_on", LocalDate.class),
        rs.getString("created_by"),
        rs.getLong("findings"),
        rs.getLong("open"),
        rs.getLong("overdue"));
  }

  private static Finding mapFinding(ResultSet rs, int n) throws SQLException {
    return new Finding(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        Condition.valueOf(rs.getString(5)),
        rs.getString(6),
        rs.getObject(7, LocalDate.class),
        rs.getObject(8, LocalDate.class),
        rs.getObject(9, LocalDate.class),
        rs.getString(10),
        rs.getString(11));
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String field, @Nullable String value, String message) {
    try {
      return Enum.valueOf(type, required(field, value, message));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, message);
    }
  }

  private static String required(String field, @Nullable String value, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, message);
    }
    return value.strip();
  }

  private static String bounded(String field, @Nullable String value, String label, int max) {
    String text = required(field, value, "请填写" + label);
    if (text.length() > max) {
      throw new InvalidInput(field, label + "不超过" + max + "字");
    }
    return text;
  }
}
