package cn.minzheng.socialwork.workforce;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.LikePattern;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 社工站 tied to a region node: one per street (镇街社工站) or community (村社社工室), its level taken from the
 * node; and the community social-work posts (社区社工岗位), filled by a worker or vacant.
 */
@Service
public class Stations {

  private final JdbcClient jdbc;
  private final RegionQuery regions;
  private final AuditLog audit;

  Stations(JdbcClient jdbc, RegionQuery regions, AuditLog audit) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.audit = audit;
  }

  public record Station(
      long id,
      String regionCode,
      StationLevel level,
      String name,
      LocalDate openedOn,
      String agencyCreditCode,
      boolean active,
      long workers) {

    public String levelLabel() {
      return level.label();
    }
  }

  public record StationForm(
      String regionCode, String name, String openedOn, String agencyCreditCode) {}

  public record Post(
      long id, String communityCode, String title, Long workerId, String workerName) {}

  @Transactional
  public long open(StationForm form, Predicate<String> regionPermitted, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    String code = form.regionCode() == null ? "" : form.regionCode().strip();
    StationLevel level = null;
    Optional<RegionNode> node = code.matches("[0-9]{12}") ? regions.find(code) : Optional.empty();
    if (node.isEmpty()) {
      errors.put("regionCode", "所在区划代码：不是有效的区划代码");
    } else if (!regionPermitted.test(code)) {
      errors.put("regionCode", "所在区划代码：须在本辖区内");
    } else if (node.get().level() == RegionLevel.STREET) {
      level = StationLevel.STREET;
    } else if (node.get().level() == RegionLevel.COMMUNITY) {
      level = StationLevel.COMMUNITY;
    } else {
      errors.put("regionCode", "所在区划代码：社工站只设在街道（乡镇）或社区（村）");
    }
    if (form.name() == null || form.name().isBlank()) {
      errors.put("name", "站点名称：必填");
    }
    LocalDate opened = FormDate.read(form.openedOn(), Span.HAPPENED, "openedOn", "建站日期", errors);
    String agency = SocialWorkers.blankToNull(form.agencyCreditCode());
    if (agency != null) {
      Agencies.creditCodeError(agency).ifPresent(m -> errors.put("agencyCreditCode", m));
    }
    Rejected.throwIfAny(errors);
    if (byRegion(code).isPresent()) {
      throw new Rejected("regionCode", "所在区划代码：该区划已设社工站");
    }
    long id =
        jdbc.sql(
                """
                insert into socialwork.station (region_code, level, name, opened_on,
                  agency_credit_code, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
            .params(
                code,
                level.name(),
                form.name().strip(),
                opened,
                agency == null ? null : Agencies.canonical(agency),
                by)
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("socialwork.station.open", "station", "" + id, code));
    return id;
  }

  public Optional<Station> find(long id) {
    return jdbc.sql(SELECT + " where s.id = ?").param(id).query(Stations::row).optional();
  }

  public Optional<Station> byRegion(String code) {
    return jdbc.sql(SELECT + " where s.region_code = ?")
        .param(code)
        .query(Stations::row)
        .optional();
  }

  public static final Set<String> SORTS = Set.of("region_code", "name", "opened_on");

  /** The list's filters: level (null: both), words of the name or the region code (null: any). */
  public record StationFilter(@Nullable StationLevel level, @Nullable String words) {}

  /** The stations of the caller's region, filtered and paged (stations in 1,100 region nodes). */
  public PageResult<Station> page(RegionFilter scope, StationFilter filter, PageQuery page) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("all", scope.unrestricted());
    p.put("codes", scope.codesArray());
    p.put("level", filter.level() == null ? null : filter.level().name());
    p.put("words", LikePattern.containing(filter.words()));
    // a text block loses its leading blank: the space before "where" is added here
    String where =
        " "
            + """
            where (:all or s.region_code = any(:codes))
           and (cast(:level as text) is null or s.level = cast(:level as text))
           and (cast(:words as text) is null or s.name like cast(:words as text)
                or s.region_code like cast(:words as text))""";
    long total =
        jdbc.sql("select count(*) from socialwork.station s" + where)
            .params(p)
            .query(Long.class)
            .single();
    p.put("limit", page.size());
    p.put("offset", page.offset());
    List<Station> items =
        jdbc.sql(
                SELECT
                    + where
                    + " order by s."
                    + page.orderBy()
                    + ", s.id limit :limit offset :offset")
            .params(p)
            .query(Stations::row)
            .list();
    return new PageResult<>(items, page, total);
  }

  @Transactional
  public long addPost(String communityCode, String title, Long workerId, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<RegionNode> node =
        communityCode != null && communityCode.matches("[0-9]{12}")
            ? regions.find(communityCode)
            : Optional.empty();
    if (node.isEmpty() || node.get().level() != RegionLevel.COMMUNITY) {
      errors.put("communityCode", "社区区划代码：须为社区（村）");
    }
    if (title == null || title.isBlank()) {
      errors.put("title", "岗位名称：必填");
    }
    Rejected.throwIfAny(errors);
    long id =
        jdbc.sql(
                "insert into socialwork.post (community_code, title, worker_id, created_by)"
                    + " values (?, ?, ?, ?) returning id")
            .params(communityCode, title.strip(), workerId, by)
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("socialwork.post.add", "post", "" + id, communityCode));
    return id;
  }

  public List<Post> posts(RegionFilter scope) {
    return jdbc.sql(
            """
            select p.id, p.community_code, p.title, p.worker_id, pf.name
              from socialwork.post p
              left join socialwork.social_worker w on w.id = p.worker_id
              left join registry.person_fact pf on pf.id = w.person_id
             where (? or p.community_code = any(?)) order by p.community_code, p.id limit 1000""")
        .params(scope.unrestricted(), scope.codesArray())
        .query(
            (rs, n) ->
                new Post(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    (Long) rs.getObject(4),
                    rs.getString(5)))
        .list();
  }

  private static final String SELECT =
      """
      select s.id, s.region_code, s.level, s.name, s.opened_on, s.agency_credit_code, s.active,
             (select count(*) from socialwork.social_worker w
               where w.active and w.region_code = s.region_code) as workers
        from socialwork.station s""";

  private static Station row(ResultSet rs, int n) throws SQLException {
    return new Station(
        rs.getLong(1),
        rs.getString(2),
        StationLevel.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getString(6),
        rs.getBoolean(7),
        rs.getLong(8));
  }
}
