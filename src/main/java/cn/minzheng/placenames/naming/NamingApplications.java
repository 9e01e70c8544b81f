package cn.minzheng.placenames.naming;

import cn.minzheng.calendar.WorkingCalendar;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 命名、更名申请: submitted with category, proposed name, its pinyin (generated when left empty, editable
 * for polyphonic characters), region, location and reasons; checked at the field ({@link
 * NameRules}, {@link Gazetteer#requireFree}); approved into the gazetteer (a rename keeps the
 * earlier name as history) or refused. Role rules are the web layer's; scope is checked here.
 */
@Service
public class NamingApplications {

  /** What a submission carries. {@code placeId} only for a rename. */
  public record Submission(
      @Nullable Long placeId,
      @Nullable String category,
      @Nullable String name,
      @Nullable String pinyin,
      @Nullable String regionCode,
      @Nullable String location,
      @Nullable String reasons) {}

  /** An application as shown. */
  public record Application(
      long id,
      String kind,
      @Nullable Long placeId,
      PlaceCategory category,
      String proposedName,
      String pinyin,
      String regionCode,
      String location,
      String reasons,
      String flags,
      String status,
      String submittedBy,
      @Nullable String decidedBy,
      @Nullable LocalDate decidedOn,
      @Nullable LocalDate consultationClosesOn,
      @Nullable String refusalReason) {

    public String statusLabel() {
      return switch (status) {
        case "SUBMITTED" -> "审查中";
        case "APPROVED" -> "已批准";
        default -> "不予批准";
      };
    }

    public String kindLabel() {
      return "NAME".equals(kind) ? "命名" : "更名";
    }

    /** Whether the public may still comment on {@code day}: up to and including the closing day. */
    public boolean openForComments(LocalDate day) {
      return "SUBMITTED".equals(status)
          && consultationClosesOn != null
          && !day.isAfter(consultationClosesOn);
    }
  }

  /** A comment lodged on the public consultation page. */
  public record Comment(long id, LocalDate lodgedOn, String content, String contact) {}

  /** One expert's score (0–100) and opinion. */
  public record Review(long id, String expert, int score, String opinion, String recordedBy) {}

  /** What a 综合评估 report carries (实施办法 art. 5). {@code conclusion}: FEASIBLE or INFEASIBLE. */
  public record AssessmentInput(
      @Nullable String legality,
      @Nullable String feasibility,
      @Nullable String controllability,
      @Nullable String impactRisks,
      @Nullable String measures,
      @Nullable String conclusion) {}

  /** A recorded 综合评估. */
  public record Assessment(
      String legality,
      String feasibility,
      String controllability,
      String impactRisks,
      String measures,
      String conclusion,
      LocalDate assessedOn,
      String recordedBy) {

    public boolean feasible() {
      return "FEASIBLE".equals(conclusion);
    }

    public String conclusionLabel() {
      return feasible() ? "可行" : "不可行";
    }
  }

  private final JdbcClient jdbc;
  private final Gazetteer gazetteer;
  private final NameRules rules;
  private final RegionQuery regions;
  private final DataScope scope;
  private final AuditLog audit;
  private final WorkingCalendar calendar;
  private final int consultationDays;
  private final int expertsRequired;

  NamingApplications(
      JdbcClient jdbc,
      Gazetteer gazetteer,
      NameRules rules,
      RegionQuery regions,
      DataScope scope,
      AuditLog audit,
      WorkingCalendar calendar,
      @Value("${minzheng.placenames.consultation-working-days:10}") int consultationDays,
      @Value("${minzheng.placenames.experts-required:3}") int expertsRequired) {
    this.calendar = calendar;
    this.consultationDays = consultationDays;
    this.expertsRequired = expertsRequired;
    this.jdbc = jdbc;
    this.gazetteer = gazetteer;
    this.rules = rules;
    this.regions = regions;
    this.scope = scope;
    this.audit = audit;
  }

  /**
   * Submits an application. A significant category waits for its 综合评估 ({@link #assess}), which
   * opens the experts' review and the public consultation.
   */
  @Transactional
  public long submit(Submission s, StaffUser user) {
    String name = required("name", s.name(), "请填写拟用名称").strip();
    rules.requireWellFormed("name", name);
    PlaceCategory category;
    try {
      category = PlaceCategory.valueOf(required("category", s.category(), "请选择地名类别"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("category", "地名类别无效");
    }
    String pinyin = Pinyin.spelling(name, s.pinyin());
    String region = required("regionCode", s.regionCode(), "请选择所在区划");
    if (regions.find(region).filter(n -> n.activeOn(ChinaTime.today())).isEmpty()) {
      throw new InvalidInput("regionCode", "所在区划不存在或已撤销");
    }
    if (!scope.permits(region)) {
      throw new InvalidInput("regionCode", "所在区划不在本账号辖区内");
    }
    String location = required("location", s.location(), "请在地图上标注位置（点或线）");
    if (!location.matches(
        "-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?(;-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?)*")) {
      throw new InvalidInput("location", "位置须为“纬度,经度”，线状地物用分号连接多个点");
    }
    String reasons = required("reasons", s.reasons(), "请填写命名（更名）理由");
    Long placeId = s.placeId();
    if (placeId != null) {
      Gazetteer.Entry place =
          gazetteer.find(placeId).orElseThrow(() -> new RecordNotFoundException("place"));
      scope.requireInScope(place.regionCode());
      if (place.category() != category) {
        throw new InvalidInput("category", "更名不改变地名类别");
      }
    }
    gazetteer.requireFree(region.substring(0, 6), category, name, pinyin, placeId, null);
    long id =
        jdbc.sql(
                """
                insert into placenames.application (kind, place_id, category, proposed_name, pinyin,
                       region_code, location, reasons, flags, status, submitted_by,
                       consultation_closes_on)
                values (:kind, :place, :category, :name, :pinyin, :region, :location, :reasons,
                        :flags, 'SUBMITTED', :by, :closes)
                returning id""")
            .param("closes", null)
            .param("kind", placeId == null ? "NAME" : "RENAME")
            .param("place", placeId)
            .param("category", category.name())
            .param("name", name)
            .param("pinyin", pinyin)
            .param("region", region)
            .param("location", location)
            .param("reasons", reasons)
            .param("flags", String.join("；", rules.flags(name)))
            .param("by", user.username())
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success(
            "placenames.application.submit", "application", String.valueOf(id), name));
    return id;
  }

  /** Approves on the day: a new name is filed, a rename replaces the name and keeps the old one. */
  @Transactional
  public long approve(long id, LocalDate on, StaffUser user) {
    Application a = find(id);
    if (!"SUBMITTED".equals(a.status())) {
      throw new InvalidInput("status", "该申请已办结");
    }
    if (a.category().significant) {
      Assessment assessed =
          assessment(id).orElseThrow(() -> new InvalidInput("assessment", "该类地名须先完成综合评估，方可批准"));
      if (!assessed.feasible()) {
        throw new InvalidInput("assessment", "综合评估结论为不可行，只能作出不予批准决定");
      }
    }
    LocalDate closes = a.consultationClosesOn();
    if (closes != null && !on.isAfter(closes)) {
      throw new InvalidInput("decidedOn", "公众意见征询期至" + closes + "截止，征询期结束后方可批准");
    }
    if (a.category().significant && reviews(id).size() < expertsRequired) {
      throw new InvalidInput("experts", "该类地名须经专家评审，批准前须有至少" + expertsRequired + "位专家的评分和意见");
    }
    gazetteer.requireFree(
        a.regionCode().substring(0, 6),
        a.category(),
        a.proposedName(),
        a.pinyin(),
        a.placeId(),
        a.id());
    long placeId;
    if (a.placeId() == null) {
      placeId =
          gazetteer.file(
              a.category(),
              a.proposedName(),
              a.pinyin(),
              a.regionCode(),
              a.location(),
              user.displayName(),
              on);
    } else {
      placeId = a.placeId();
      gazetteer.rename(
          placeId, a.proposedName(), a.pinyin(), on, user.displayName(), "更名：" + a.reasons());
    }
    jdbc.sql(
            "update placenames.application set status = 'APPROVED', decided_by = :by, decided_on = :on,"
                + " place_id = :place where id = :id")
        .param("by", user.username())
        .param("on", on)
        .param("place", placeId)
        .param("id", id)
        .update();
    audit.record(
        AuditEvent.success(
            "placenames.application.approve", "application", String.valueOf(id), a.proposedName()));
    return placeId;
  }

  /** Refuses an open application with its reason (shown to the applicant). */
  @Transactional
  public void refuse(long id, @Nullable String reason, StaffUser user) {
    Application a = find(id);
    if (!"SUBMITTED".equals(a.status())) {
      throw new InvalidInput("status", "该申请已办结");
    }
    String why = required("reason", reason, "请填写不予批准的理由").strip();
    jdbc.sql(
            "update placenames.application set status = 'REJECTED', decided_by = :by,"
                + " decided_on = :on, refusal_reason = :why where id = :id")
        .param("by", user.username())
        .param("on", ChinaTime.today())
        .param("why", why)
        .param("id", id)
        .update();
    audit.record(
        AuditEvent.success(
            "placenames.application.refuse", "application", String.valueOf(id), a.proposedName()));
  }

  /**
   * An application under public consultation, whoever asks (its public page): a significant
   * category, still open (submitted); empty otherwise.
   */
  public Optional<Application> findUnderConsultation(long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from placenames.application where id = :id and status = 'SUBMITTED'"
                + " and consultation_closes_on is not null")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /** A comment from the public page, accepted up to and including the closing day. */
  @Transactional
  public void comment(
      long id, @Nullable String content, @Nullable String contact, LocalDate today) {
    Application a =
        findUnderConsultation(id).orElseThrow(() -> new RecordNotFoundException("consultation"));
    if (!a.openForComments(today)) {
      throw new InvalidInput("content", "公众意见征询期已于" + a.consultationClosesOn() + "截止，不再接收意见");
    }
    String text = required("content", content, "请填写您的意见").strip();
    if (text.length() > 2000) {
      throw new InvalidInput("content", "意见不超过2000字");
    }
    String who = contact == null ? "" : contact.strip();
    if (who.length() > 100) {
      throw new InvalidInput("contact", "联系方式不超过100字");
    }
    jdbc.sql(
            "insert into placenames.consultation_comment (application_id, lodged_on, content,"
                + " contact) values (:id, :on, :content, :contact)")
        .param("id", id)
        .param("on", today)
        .param("content", text)
        .param("contact", who)
        .update();
    audit.record(
        AuditEvent.success(
            "placenames.consultation.comment", "application", String.valueOf(id), "公众意见"));
  }

  /** The comments of an application in the caller's scope, oldest first. */
  public List<Comment> comments(long id) {
    find(id);
    return jdbc.sql(
            "select id, lodged_on, content, contact from placenames.consultation_comment"
                + " where application_id = :id order by id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Comment(
                    rs.getLong(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3),
                    rs.getString(4)))
        .list();
  }

  /** Records (or replaces) one expert's score and opinion on an open application. */
  @Transactional
  public void review(
      long id,
      @Nullable String expert,
      @Nullable Integer score,
      @Nullable String opinion,
      StaffUser user) {
    Application a = find(id);
    if (!"SUBMITTED".equals(a.status())) {
      throw new InvalidInput("status", "该申请已办结");
    }
    if (!a.category().significant) {
      throw new InvalidInput("expert", "该类地名无需专家评审");
    }
    if (assessment(id).filter(Assessment::feasible).isEmpty()) {
      throw new InvalidInput("expert", "须先完成综合评估且结论为可行，方可进行专家论证");
    }
    String name = required("expert", expert, "请填写专家姓名").strip();
    if (score == null || score < 0 || score > 100) {
      throw new InvalidInput("score", "评分须为0至100的整数");
    }
    String text = required("opinion", opinion, "请填写专家意见").strip();
    jdbc.sql(
            """
            insert into placenames.expert_review (application_id, expert, score, opinion, recorded_by)
            values (:id, :expert, :score, :opinion, :by)
            on conflict (application_id, expert)
            do update set score = excluded.score, opinion = excluded.opinion,
                          recorded_by = excluded.recorded_by, recorded_at = now()""")
        .param("id", id)
        .param("expert", name)
        .param("score", score)
        .param("opinion", text)
        .param("by", user.username())
        .update();
    audit.record(
        AuditEvent.success(
            "placenames.application.review", "application", String.valueOf(id), name));
  }

  /**
   * Records the 综合评估 of an open significant application on {@code on}, once. A feasible conclusion
   * opens the public consultation, closing {@code minzheng.placenames.consultation-working-days}
   * working days after {@code on} by the working calendar (the assessment day not counted).
   */
  @Transactional
  public void assess(long id, AssessmentInput in, LocalDate on, StaffUser user) {
    Application a = find(id);
    if (!"SUBMITTED".equals(a.status())) {
      throw new InvalidInput("status", "该申请已办结");
    }
    if (!a.category().significant) {
      throw new InvalidInput("conclusion", "该类地名无需综合评估");
    }
    if (assessment(id).isPresent()) {
      throw new InvalidInput("conclusion", "该申请已完成综合评估");
    }
    String legality = report("legality", in.legality(), "请填写合法性评估");
    String feasibility = report("feasibility", in.feasibility(), "请填写可行性评估");
    String controllability = report("controllability", in.controllability(), "请填写可控性评估");
    String risks = report("impactRisks", in.impactRisks(), "请填写可能产生的社会影响和风险");
    String measures = report("measures", in.measures(), "请填写应对措施");
    String conclusion = required("conclusion", in.conclusion(), "请选择评估结论");
    if (!conclusion.equals("FEASIBLE") && !conclusion.equals("INFEASIBLE")) {
      throw new InvalidInput("conclusion", "评估结论须为可行或不可行");
    }
    if (on.isAfter(ChinaTime.today())) {
      throw new InvalidInput("assessedOn", "评估日期不能晚于今天");
    }
    jdbc.sql(
            """
            insert into placenames.assessment (application_id, legality, feasibility,
                   controllability, impact_risks, measures, conclusion, assessed_on, recorded_by)
            values (:id, :legality, :feasibility, :controllability, :risks, :measures,
                    :conclusion, :on, :by)""")
        .param("id", id)
        .param("legality", legality)
        .param("feasibility", feasibility)
        .param("controllability", controllability)
        .param("risks", risks)
        .param("measures", measures)
        .param("conclusion", conclusion)
        .param("on", on)
        .param("by", user.username())
        .update();
    if (conclusion.equals("FEASIBLE")) {
      jdbc.sql("update placenames.application set consultation_closes_on = :closes where id = :id")
          .param("closes", calendar.plusWorkingDays(on, consultationDays))
          .param("id", id)
          .update();
    }
    audit.record(
        AuditEvent.success(
            "placenames.application.assess", "application", String.valueOf(id), conclusion));
  }

  /** The 综合评估 of an application (the caller's scope is checked by {@link #find}). */
  public Optional<Assessment> assessment(long id) {
    return jdbc.sql(
            "select legality, feasibility, controllability, impact_risks, measures, conclusion,"
                + " assessed_on, recorded_by from placenames.assessment where application_id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Assessment(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getObject(7, LocalDate.class),
                    rs.getString(8)))
        .optional();
  }

  private static String report(String field, @Nullable String value, String message) {
    String text = required(field, value, message).strip();
    if (text.length() > 2000) {
      throw new InvalidInput(field, "每项评估内容不超过2000字");
    }
    return text;
  }

  /** The experts' reviews of an application in the caller's scope. */
  public List<Review> reviews(long id) {
    return jdbc.sql(
            "select id, expert, score, opinion, recorded_by from placenames.expert_review"
                + " where application_id = :id order by id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Review(
                    rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
        .list();
  }

  public int expertsRequired() {
    return expertsRequired;
  }

  /** The application inside the caller's scope, else not found. */
  public Application find(long id) {
    Application a =
        jdbc.sql("select " + COLUMNS + " from placenames.application where id = :id")
            .param("id", id)
            .query(this::map)
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("application"));
    scope.requireInScope(a.regionCode());
    return a;
  }

  /** An approved application, whoever asks (its public notice); empty otherwise. */
  public Optional<Application> findApproved(long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from placenames.application where id = :id and status = 'APPROVED'")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /** Sort fields of the staff list. */
  public static final java.util.Set<String> SORTS =
      java.util.Set.of("id", "proposed_name", "status");

  /**
   * One page of the applications inside the caller's scope, filtered by status, category and a part
   * of the proposed name.
   */
  public cn.minzheng.platform.PageResult<Application> page(
      @Nullable String status,
      @Nullable PlaceCategory category,
      @Nullable String name,
      cn.minzheng.platform.PageQuery query) {
    var filter = scope.current();
    String where =
        " from placenames.application where (:unrestricted or region_code = any(:codes))"
            + " and (:status = '' or status = :status) and (:category = '' or category = :category)"
            + " and (:name = '' or strpos(proposed_name, :name) > 0)";
    String st = Optional.ofNullable(status).orElse("");
    String cat = category == null ? "" : category.name();
    String nm = name == null ? "" : name.strip();
    long total =
        jdbc.sql("select count(*)" + where)
            .param("unrestricted", filter.unrestricted())
            .param("codes", filter.codesArray())
            .param("status", st)
            .param("category", cat)
            .param("name", nm)
            .query(Long.class)
            .single();
    List<Application> items =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + where
                    + " order by "
                    + query.orderBy()
                    + ", id desc limit :limit offset :offset")
            .param("unrestricted", filter.unrestricted())
            .param("codes", filter.codesArray())
            .param("status", st)
            .param("category", cat)
            .param("name", nm)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query(this::map)
            .list();
    return new cn.minzheng.platform.PageResult<>(items, query, total);
  }

  private static final String COLUMNS =
      "id, kind, place_id, category, proposed_name, pinyin, region_code, location, reasons, flags,"
          + " status, submitted_by, decided_by, decided_on, consultation_closes_on, refusal_reason";

  private Application map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    long place = rs.getLong(3);
    Long placeId = rs.wasNull() ? null : place;
    return new Application(
        rs.getLong(1),
        rs.getString(2),
        placeId,
        PlaceCategory.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getString(13),
        rs.getObject(14, LocalDate.class),
        rs.getObject(15, LocalDate.class),
        rs.getString(16));
  }

  private static String required(String field, @Nullable String value, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, message);
    }
    return value;
  }
}
