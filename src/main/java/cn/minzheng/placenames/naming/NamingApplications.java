package cn.minzheng.placenames.naming;

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
      @Nullable LocalDate decidedOn) {}

  private final JdbcClient jdbc;
  private final Gazetteer gazetteer;
  private final NameRules rules;
  private final RegionQuery regions;
  private final DataScope scope;
  private final AuditLog audit;

  NamingApplications(
      JdbcClient jdbc,
      Gazetteer gazetteer,
      NameRules rules,
      RegionQuery regions,
      DataScope scope,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.gazetteer = gazetteer;
    this.rules = rules;
    this.regions = regions;
    this.scope = scope;
    this.audit = audit;
  }

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
    String pinyin =
        s.pinyin() == null || s.pinyin().isBlank() ? Pinyin.of(name) : s.pinyin().strip();
    if (!pinyin.matches("[\\p{IsLatin}' ·-]+")
        || Pinyin.syllables(pinyin).size()
            != name.replace("·", "").codePointCount(0, name.replace("·", "").length())) {
      throw new InvalidInput("pinyin", "拼音须为汉语拼音字母，且音节数与汉字数一致");
    }
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
                       region_code, location, reasons, flags, status, submitted_by)
                values (:kind, :place, :category, :name, :pinyin, :region, :location, :reasons,
                        :flags, 'SUBMITTED', :by)
                returning id""")
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

  public List<Application> list(@Nullable String status, int limit) {
    var filter = scope.current();
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from placenames.application where (:unrestricted or region_code = any(:codes))"
                + " and (:status = '' or status = :status) order by id desc limit :limit")
        .param("unrestricted", filter.unrestricted())
        .param("codes", filter.codesArray())
        .param("status", Optional.ofNullable(status).orElse(""))
        .param("limit", limit)
        .query(this::map)
        .list();
  }

  private static final String COLUMNS =
      "id, kind, place_id, category, proposed_name, pinyin, region_code, location, reasons, flags,"
          + " status, submitted_by, decided_by, decided_on";

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
        rs.getObject(14, LocalDate.class));
  }

  private static String required(String field, @Nullable String value, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, message);
    }
    return value;
  }
}
