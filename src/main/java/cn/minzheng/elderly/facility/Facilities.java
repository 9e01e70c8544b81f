package cn.minzheng.elderly.facility;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Facilities and the "15-minute circle": facilities within walking distance of a point. The
 * bounding box on (latitude, longitude) uses the index; the haversine distance then cuts the box
 * down to the circle.
 */
@Service
public class Facilities {

  static final String COLUMNS =
      "id, type, name, region_code, address, latitude, longitude, capacity, hours, services";

  static final String HAVERSINE =
      """
      round(2 * 6371008.8 * asin(sqrt(
        power(sin(radians(latitude - ?) / 2), 2)
        + cos(radians(?)) * cos(radians(latitude)) * power(sin(radians(longitude - ?) / 2), 2))))
      """;

  private final JdbcClient jdbc;
  private final AuditLog audit;

  Facilities(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /**
   * What a new facility needs. {@code openedOn} and {@code constructionFund}: when it opened and
   * what the construction programme spent on it, the cockpit's 新建养老设施 (both may be unknown).
   */
  public record NewFacility(
      FacilityType type,
      String name,
      String regionCode,
      String address,
      GeoPoint at,
      Integer capacity,
      String hours,
      String services,
      @Nullable LocalDate openedOn,
      @Nullable BigDecimal constructionFund) {

    public NewFacility {
      if (constructionFund != null
          && (constructionFund.signum() < 0 || constructionFund.scale() > 2)) {
        throw new IllegalArgumentException("建设资金：须为不小于0的金额，最多两位小数");
      }
      if (constructionFund != null && openedOn == null) {
        throw new IllegalArgumentException("建成启用日期：填写建设资金时请填写");
      }
    }

    /** A facility whose opening is not known (recorded as it stands). */
    public NewFacility(
        FacilityType type,
        String name,
        String regionCode,
        String address,
        GeoPoint at,
        Integer capacity,
        String hours,
        String services) {
      this(type, name, regionCode, address, at, capacity, hours, services, null, null);
    }
  }

  public long add(NewFacility f, String by) {
    long id =
        jdbc.sql(
                """
                insert into elderly.facility (type, name, region_code, address, latitude,
                       longitude, capacity, hours, services, opened_on, construction_fund,
                       created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                f.type().name(),
                f.name(),
                f.regionCode(),
                f.address(),
                f.at().latitude(),
                f.at().longitude(),
                f.capacity(),
                f.hours(),
                f.services(),
                f.openedOn(),
                f.constructionFund(),
                by)
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("elderly.facility.add", "facility", "" + id, f.name()));
    return id;
  }

  /** Facilities of {@code types} (all when empty) within {@code metres}, nearest first. */
  public List<Facility> within(GeoPoint centre, double metres, List<FacilityType> types) {
    double dLat = GeoPoint.latitudeDegrees(metres);
    double dLon = centre.longitudeDegrees(metres);
    String[] typeNames = types.stream().map(Enum::name).toArray(String[]::new);
    return jdbc.sql(
            "select * from (select "
                + COLUMNS
                + ", "
                + HAVERSINE
                + " as distance_metres from elderly.facility"
                + " where active and latitude between ? and ? and longitude between ? and ?"
                + " and (? or type = any(?))) q where distance_metres <= ?"
                + " order by distance_metres, id")
        .params(
            centre.latitude(),
            centre.latitude(),
            centre.longitude(),
            centre.latitude() - dLat,
            centre.latitude() + dLat,
            centre.longitude() - dLon,
            centre.longitude() + dLon,
            typeNames.length == 0,
            typeNames,
            metres)
        .query(Facility.class)
        .list();
  }

  /** Columns the staff list may sort by. */
  public static final java.util.Set<String> SORTS = java.util.Set.of("name", "region_code", "type");

  /**
   * One page of the active facilities in {@code scope}, narrowed to a type and to names containing
   * {@code name} (either {@code null}: all); ties broken by id so that paging is stable.
   */
  public PageResult<Facility> list(
      RegionFilter scope, @Nullable FacilityType type, @Nullable String name, PageQuery page) {
    String where =
        " where active and (? or region_code = any(?)) and (cast(? as text) is null or type = ?)"
            + " and (cast(? as text) is null or strpos(name, ?) > 0)";
    String typeName = type == null ? null : type.name();
    String part = name == null || name.isBlank() ? null : name.strip();
    Object[] params = {scope.unrestricted(), scope.codesArray(), typeName, typeName, part, part};
    long total =
        jdbc.sql("select count(*) from elderly.facility" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Facility> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + ", null::bigint as distance_metres from elderly.facility"
                    + where
                    + " order by "
                    + page.orderBy()
                    + ", id limit ? offset ?")
            .params(params)
            .param(page.size())
            .param(page.offset())
            .query(Facility.class)
            .list();
    return new PageResult<>(rows, page, total);
  }

  public Optional<Facility> find(long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + ", null::bigint as distance_metres from elderly.facility where id = ?")
        .param(id)
        .query(Facility.class)
        .optional();
  }
}
