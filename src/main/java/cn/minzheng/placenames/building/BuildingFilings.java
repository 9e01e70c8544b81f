package cn.minzheng.placenames.building;

import cn.minzheng.placenames.naming.Gazetteer;
import cn.minzheng.placenames.naming.NameRules;
import cn.minzheng.placenames.naming.Pinyin;
import cn.minzheng.placenames.naming.PlaceCategory;
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
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 住宅区、楼宇名称备案: a developer's residential-area or building name, filed through the housing
 * department's system or by staff, checked at the field as a place name is (length, characters,
 * pinyin, the word lists' flags) and refused when its county already has the name or its sound
 * among the filings not refused and the gazetteer's names of the same kind; then the bureau's
 * opinion: agreed (a filing number, the public list, a receipt) or not. Scope is checked here for
 * staff; a service account files for the whole city.
 */
@Service
public class BuildingFilings {

  /** The kinds a filing names, as gazetteer categories. */
  public static final Set<PlaceCategory> KINDS =
      Set.of(PlaceCategory.RESIDENTIAL, PlaceCategory.BUILDING);

  /** What a filing carries. */
  public record Filing(
      @Nullable String kind,
      @Nullable String name,
      @Nullable String pinyin,
      @Nullable String regionCode,
      @Nullable String location,
      @Nullable String developer,
      @Nullable String project) {}

  /** Who files: staff (scoped) or the housing department's system. */
  public record Filer(String name, boolean housingSystem) {}

  /** A filing as shown. */
  public record BuildingName(
      long id,
      PlaceCategory kind,
      String name,
      String pinyin,
      String regionCode,
      String location,
      String developer,
      String project,
      String flags,
      String channel,
      String status,
      String submittedBy,
      LocalDate submittedOn,
      @Nullable String opinion,
      @Nullable String decidedBy,
      @Nullable LocalDate decidedOn,
      @Nullable String filingNo) {

    public String statusLabel() {
      return switch (status) {
        case "SUBMITTED" -> "待出具意见";
        case "FILED" -> "已备案";
        default -> "不予备案";
      };
    }

    public String channelLabel() {
      return "HOUSING".equals(channel) ? "住建部门系统" : "民政工作人员代录";
    }
  }

  public static final Set<String> SORTS = Set.of("id", "name", "status", "submitted_on");

  private final JdbcClient jdbc;
  private final NameRules rules;
  private final Gazetteer gazetteer;
  private final RegionQuery regions;
  private final DataScope scope;
  private final AuditLog audit;

  BuildingFilings(
      JdbcClient jdbc,
      NameRules rules,
      Gazetteer gazetteer,
      RegionQuery regions,
      DataScope scope,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.gazetteer = gazetteer;
    this.regions = regions;
    this.scope = scope;
    this.audit = audit;
  }

  /** Files a name, checked at the field; staff only inside their scope. */
  @Transactional
  public long file(Filing f, Filer filer) {
    String name = required("name", f.name(), "请填写拟备案名称").strip();
    rules.requireWellFormed("name", name);
    PlaceCategory kind =
        KINDS.stream()
            .filter(k -> k.name().equals(f.kind()))
            .findFirst()
            .orElseThrow(() -> new InvalidInput("kind", "请选择名称类别（居民区或建筑物）"));
    String pinyin = Pinyin.spelling(name, f.pinyin());
    String region = required("regionCode", f.regionCode(), "请选择所在区划");
    if (regions.find(region).filter(n -> n.activeOn(ChinaTime.today())).isEmpty()) {
      throw new InvalidInput("regionCode", "所在区划不存在或已撤销");
    }
    if (!filer.housingSystem() && !scope.permits(region)) {
      throw new InvalidInput("regionCode", "所在区划不在本账号辖区内");
    }
    String location = required("location", f.location(), "请在地图上标注位置");
    if (!location.matches("-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?")) {
      throw new InvalidInput("location", "位置须为“纬度,经度”");
    }
    String developer = bounded("developer", f.developer(), "开发建设单位", 100);
    String project = bounded("project", f.project(), "项目名称", 200);
    String county = region.substring(0, 6);
    requireFree(county, kind, name, pinyin);
    long id =
        jdbc.sql(
                """
                insert into placenames.building_filing (kind, name, pinyin, pinyin_plain,
                       region_code, county_code, location, developer, project, flags, channel,
                       status, submitted_by, submitted_on)
                values (:kind, :name, :pinyin, :plain, :region, :county, :location, :developer,
                        :project, :flags, :channel, 'SUBMITTED', :by, :on)
                returning id""")
            .param("kind", kind.name())
            .param("name", name)
            .param("pinyin", pinyin)
            .param("plain", Pinyin.plain(pinyin))
            .param("region", region)
            .param("county", county)
            .param("location", location)
            .param("developer", developer)
            .param("project", project)
            .param("flags", String.join("；", rules.flags(name)))
            .param("channel", filer.housingSystem() ? "HOUSING" : "STAFF")
            .param("by", filer.name())
            .param("on", ChinaTime.today())
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success(
            "placenames.building.file", "building_filing", String.valueOf(id), name));
    return id;
  }

  /**
   * The bureau's opinion on {@code on}: agreed files the name with the next number of its county
   * and year ({@code 510104-2026-0001}); not agreed refuses it. The opinion text is required.
   */
  @Transactional
  public void decide(
      long id, boolean agreed, @Nullable String opinion, LocalDate on, String decidedBy) {
    BuildingName b = find(id);
    if (!"SUBMITTED".equals(b.status())) {
      throw new InvalidInput("status", "该备案已出具意见");
    }
    String text = bounded("opinion", opinion, "民政部门意见", 2000);
    if (on.isBefore(b.submittedOn()) || on.isAfter(ChinaTime.today())) {
      throw new InvalidInput("decidedOn", "意见日期须在申报日至今天之间");
    }
    String number = null;
    if (agreed) {
      String prefix = b.regionCode().substring(0, 6) + "-" + on.getYear() + "-";
      // numbers of a county and year are given one at a time: the advisory lock keeps two
      // agreements from taking the same sequence
      jdbc.sql("select pg_advisory_xact_lock(hashtext(:p))").param("p", prefix).query().singleRow();
      long next =
          jdbc.sql("select count(*) + 1 from placenames.building_filing where filing_no like :p")
              .param("p", prefix + "%")
              .query(Long.class)
              .single();
      number = prefix + String.format("%04d", next);
    }
    jdbc.sql(
            """
            update placenames.building_filing
               set status = :status, opinion = :opinion, decided_by = :by, decided_on = :on,
                   filing_no = :number
             where id = :id""")
        .param("status", agreed ? "FILED" : "REFUSED")
        .param("opinion", text)
        .param("by", decidedBy)
        .param("on", on)
        .param("number", number)
        .param("id", id)
        .update();
    audit.record(
        AuditEvent.success(
            agreed ? "placenames.building.agree" : "placenames.building.refuse",
            "building_filing",
            String.valueOf(id),
            b.name()));
  }

  /** The filing inside the caller's scope, else not found. */
  public BuildingName find(long id) {
    BuildingName b = findAnywhere(id).orElseThrow(() -> new RecordNotFoundException("filing"));
    scope.requireInScope(b.regionCode());
    return b;
  }

  /** The filing whoever asks (the housing system's own filings, the public receipt check). */
  public Optional<BuildingName> findAnywhere(long id) {
    return jdbc.sql("select " + COLUMNS + " from placenames.building_filing where id = :id")
        .param("id", id)
        .query(BuildingFilings::map)
        .optional();
  }

  /** One page of the filings inside the caller's scope, by status and a part of the name. */
  public PageResult<BuildingName> page(
      @Nullable String status, @Nullable String name, PageQuery query) {
    var filter = scope.current();
    return page(filter.unrestricted(), filter.codesArray(), status, name, query);
  }

  /** Every filing inside the caller's scope by status and name, oldest first (the export). */
  public List<BuildingName> list(@Nullable String status, @Nullable String name) {
    var filter = scope.current();
    return rows(filter.unrestricted(), filter.codesArray(), status, name, "id", EXPORT_LIMIT, 0);
  }

  /** An export holds at most this many rows (the city files a few hundred names a year). */
  public static final int EXPORT_LIMIT = 100_000;

  /** One page of the filed names of the whole city (the public list). */
  public PageResult<BuildingName> publicPage(@Nullable String name, PageQuery query) {
    return page(true, new String[0], "FILED", name, query);
  }

  private PageResult<BuildingName> page(
      boolean unrestricted,
      String[] codes,
      @Nullable String status,
      @Nullable String name,
      PageQuery query) {
    String st = status == null ? "" : status;
    String nm = name == null ? "" : name.strip();
    long total =
        jdbc.sql("select count(*)" + WHERE)
            .param("unrestricted", unrestricted)
            .param("codes", codes)
            .param("status", st)
            .param("name", nm)
            .query(Long.class)
            .single();
    List<BuildingName> items =
        rows(
            unrestricted,
            codes,
            status,
            name,
            query.orderBy() + ", id desc",
            query.size(),
            query.offset());
    return new PageResult<>(items, query, total);
  }

  private List<BuildingName> rows(
      boolean unrestricted,
      String[] codes,
      @Nullable String status,
      @Nullable String name,
      String orderBy,
      int limit,
      long offset) {
    return jdbc.sql(
            "select " + COLUMNS + WHERE + " order by " + orderBy + " limit :limit offset :offset")
        .param("unrestricted", unrestricted)
        .param("codes", codes)
        .param("status", status == null ? "" : status)
        .param("name", name == null ? "" : name.strip())
        .param("limit", limit)
        .param("offset", offset)
        .query(BuildingFilings::map)
        .list();
  }

  private void requireFree(String county, PlaceCategory kind, String name, String pinyin) {
    gazetteer.requireFree(county, kind, name, pinyin, null, null);
    List<String[]> taken =
        jdbc.sql(
                """
                select name, pinyin from placenames.building_filing
                 where county_code = :county and status <> 'REFUSED'
                   and (name = :name or pinyin_plain = :plain)
                 order by name = :name desc, id""")
            .param("county", county)
            .param("name", name)
            .param("plain", Pinyin.plain(pinyin))
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    if (taken.isEmpty()) {
      return;
    }
    if (taken.get(0)[0].equals(name)) {
      throw new InvalidInput("name", "本区县已备案或正在备案“" + name + "”，不能重名");
    }
    throw new InvalidInput(
        "name", "本区县已备案或正在备案同音的“" + taken.get(0)[0] + "”（" + taken.get(0)[1] + "），不能同音");
  }

  private static final String WHERE =
      " from placenames.building_filing where (:unrestricted or region_code = any(:codes))"
          + " and (:status = '' or status = :status)"
          + " and (:name = '' or strpos(name, :name) > 0 or strpos(pinyin_plain, lower(:name)) > 0)";

  private static final String COLUMNS =
      "id, kind, name, pinyin, region_code, location, developer, project, flags, channel, status,"
          + " submitted_by, submitted_on, opinion, decided_by, decided_on, filing_no";

  private static BuildingName map(ResultSet rs, int n) throws SQLException {
    return new BuildingName(
        rs.getLong(1),
        PlaceCategory.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getObject(13, LocalDate.class),
        rs.getString(14),
        rs.getString(15),
        rs.getObject(16, LocalDate.class),
        rs.getString(17));
  }

  private static String required(String field, @Nullable String value, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, message);
    }
    return value;
  }

  private static String bounded(String field, @Nullable String value, String label, int max) {
    String text = required(field, value, "请填写" + label).strip();
    if (text.length() > max) {
      throw new InvalidInput(field, label + "不超过" + max + "字");
    }
    return text;
  }
}
