package cn.minzheng.socialwork.governance;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.region.RegionKind;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.PlausibleDate.Span;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 村规民约 (a village) and 居民公约 (a residents' committee): one per community, its kind taken from the
 * region node; adopted by a meeting (村民会议/居民会议) on a date; reviewed every {@code
 * minzheng.socialwork.convention-review-years} years (default 3) from adoption or the last review.
 * [unconfirmed] 民发〔2018〕23号 asks for timely revision; the period is the city's to set.
 */
@Service
public class Conventions {

  private final JdbcClient jdbc;
  private final RegionQuery regions;
  private final AuditLog audit;
  private final int reviewYears;

  Conventions(
      JdbcClient jdbc,
      RegionQuery regions,
      AuditLog audit,
      @Value("${minzheng.socialwork.convention-review-years:3}") int reviewYears) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.audit = audit;
    this.reviewYears = reviewYears;
  }

  public record ConventionForm(
      String communityCode, String title, String body, String adoptedOn, String meeting) {}

  public record Convention(
      long id,
      String communityCode,
      String communityName,
      String kind,
      String title,
      String body,
      LocalDate adoptedOn,
      String meeting,
      LocalDate reviewedOn,
      LocalDate reviewDue) {

    public String kindLabel() {
      return "VILLAGE".equals(kind) ? "村规民约" : "居民公约";
    }

    public ReviewStatus statusOn(LocalDate today) {
      return ReviewStatus.of(reviewDue, today);
    }
  }

  /** The review due date: {@code years} after the last review, or after adoption if never. */
  public static LocalDate reviewDue(LocalDate adoptedOn, LocalDate reviewedOn, int years) {
    return (reviewedOn == null ? adoptedOn : reviewedOn).plusYears(years);
  }

  /** Records the community's convention, or replaces it with a newly adopted text. */
  @Transactional
  public long adopt(ConventionForm form, Predicate<String> regionPermitted, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    String code = form.communityCode() == null ? "" : form.communityCode().strip();
    Optional<RegionNode> node = code.matches("[0-9]{12}") ? regions.find(code) : Optional.empty();
    if (node.isEmpty() || node.get().level() != RegionLevel.COMMUNITY) {
      errors.put("communityCode", "社区（村）区划代码：须为社区或村");
    } else if (!regionPermitted.test(code)) {
      errors.put("communityCode", "社区（村）区划代码：须在本辖区内");
    }
    if (form.title() == null || form.title().isBlank()) {
      errors.put("title", "标题：必填");
    }
    if (form.body() == null || form.body().isBlank()) {
      errors.put("body", "公约全文：必填");
    }
    LocalDate adopted = FormDate.read(form.adoptedOn(), Span.HAPPENED, "adoptedOn", "通过日期", errors);
    if (form.meeting() == null || form.meeting().isBlank()) {
      errors.put("meeting", "表决会议：必填（如：2024年第一次村民会议）");
    }
    Rejected.throwIfAny(errors);
    String kind = node.get().kind() == RegionKind.VILLAGE ? "VILLAGE" : "RESIDENTS";
    long id =
        jdbc.sql(
                """
                insert into socialwork.convention (community_code, kind, title, body, adopted_on,
                  meeting, created_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (community_code) do update set kind = excluded.kind,
                  title = excluded.title, body = excluded.body, adopted_on = excluded.adopted_on,
                  meeting = excluded.meeting, reviewed_on = null, created_by = excluded.created_by,
                  updated_at = now()
                returning id""")
            .params(
                code,
                kind,
                form.title().strip(),
                form.body().strip(),
                adopted,
                form.meeting().strip(),
                by)
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("socialwork.convention.adopt", "convention", "" + id, code));
    return id;
  }

  /** A review that keeps the text: the next review falls due from this date. */
  @Transactional
  public void reviewed(Convention convention, String on, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate day = FormDate.read(on, Span.HAPPENED, "reviewedOn", "复审日期", errors);
    Rejected.throwIfAny(errors);
    if (day == null || day.isBefore(convention.adoptedOn())) {
      throw new Rejected("reviewedOn", "复审日期：须在通过日期与今天之间");
    }
    jdbc.sql("update socialwork.convention set reviewed_on = ?, updated_at = now() where id = ?")
        .params(day, convention.id())
        .update();
    audit.record(
        AuditEvent.success(
            "socialwork.convention.review", "convention", "" + convention.id(), day.toString()));
  }

  public Optional<Convention> find(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
  }

  public Optional<Convention> ofCommunity(String code) {
    return jdbc.sql(SELECT + " where community_code = ?").param(code).query(this::row).optional();
  }

  public static final Set<String> SORTS = Set.of("due", "community_code", "adopted_on");

  /**
   * The conventions of the caller's region, paged, with the review status on {@code today} decided
   * in SQL by the same rule as {@link ReviewStatus#of} (3,045 in the city: never all in memory).
   */
  public PageResult<Convention> page(
      RegionFilter scope, @Nullable ReviewStatus status, LocalDate today, PageQuery page) {
    String where =
        " where (:all or community_code = any(:codes))"
            + (status == null ? "" : statusCondition(status));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("all", scope.unrestricted());
    p.put("codes", scope.codesArray());
    p.put("today", today);
    p.put("soon", today.plusDays(ReviewStatus.DUE_SOON_DAYS));
    p.put("years", reviewYears);
    String from =
        " from (select c.*, (coalesce(reviewed_on, adopted_on)"
            + " + make_interval(years => :years))::date as due from socialwork.convention c) c";
    long total = jdbc.sql("select count(*)" + from + where).params(p).query(Long.class).single();
    p.put("limit", page.size());
    p.put("offset", page.offset());
    List<Convention> items =
        jdbc.sql(
                "select id, community_code, kind, title, body, adopted_on, meeting, reviewed_on"
                    + from
                    + where
                    + " order by "
                    + page.orderBy()
                    + ", community_code limit :limit offset :offset")
            .params(p)
            .query(this::row)
            .list();
    return new PageResult<>(items, page, total);
  }

  private static String statusCondition(ReviewStatus status) {
    return switch (status) {
      case OVERDUE -> " and :today > due";
      case DUE_SOON -> " and :today <= due and :soon >= due";
      case CURRENT -> " and :soon < due";
    };
  }

  private static final String SELECT =
      """
      select id, community_code, kind, title, body, adopted_on, meeting, reviewed_on
        from socialwork.convention""";

  private Convention row(ResultSet rs, int n) throws SQLException {
    String code = rs.getString(2);
    LocalDate adopted = rs.getObject(6, LocalDate.class);
    LocalDate reviewed = rs.getObject(8, LocalDate.class);
    return new Convention(
        rs.getLong(1),
        code,
        regions.find(code).map(RegionNode::name).orElse(code),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        adopted,
        rs.getString(7),
        reviewed,
        reviewDue(adopted, reviewed, reviewYears));
  }
}
