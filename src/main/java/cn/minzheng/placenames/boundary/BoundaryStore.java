package cn.minzheng.placenames.boundary;

import cn.minzheng.platform.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The boundaries table: WKB geometries with validity dates; a new one closes the one in force. */
@Repository
public class BoundaryStore {

  /** One stored boundary period of a region, without its geometry. */
  public record Period(
      long id,
      String regionCode,
      LocalDate validFrom,
      @Nullable LocalDate validTo,
      String source,
      double areaM2,
      String recordedBy,
      Instant recordedAt) {}

  private final JdbcClient jdbc;

  BoundaryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The boundaries in force on the day, by region code. */
  public Map<String, Geometry> inForce(LocalDate day) {
    Map<String, Geometry> result = new LinkedHashMap<>();
    jdbc.sql(
            """
            select region_code, geometry from placenames.boundary
             where valid_from <= :day and (valid_to is null or valid_to > :day)
             order by region_code""")
        .param("day", day)
        .query(
            (rs, n) -> {
              result.put(rs.getString(1), fromWkb(rs.getBytes(2)));
              return null;
            })
        .list();
    return result;
  }

  public List<Period> history(String regionCode) {
    return jdbc.sql(
            """
            select id, region_code, valid_from, valid_to, source, area_m2, recorded_by, recorded_at
              from placenames.boundary where region_code = :code order by valid_from desc""")
        .param("code", regionCode)
        .query(
            (rs, n) ->
                new Period(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    rs.getDouble(6),
                    rs.getString(7),
                    rs.getTimestamp(8).toInstant()))
        .list();
  }

  public long count() {
    return jdbc.sql("select count(*) from placenames.boundary where valid_to is null")
        .query(Long.class)
        .single();
  }

  /**
   * Records a boundary from {@code validFrom}: the one in force is closed the day before (its
   * valid_to is {@code validFrom}) and kept. Refused when the one in force starts on or after that
   * day.
   */
  public void replace(
      String regionCode,
      Geometry lonLat,
      LocalDate validFrom,
      String source,
      @Nullable String note,
      String recordedBy) {
    LocalDate openFrom =
        jdbc.sql(
                "select valid_from from placenames.boundary"
                    + " where region_code = :code and valid_to is null for update")
            .param("code", regionCode)
            .query(LocalDate.class)
            .optional()
            .orElse(null);
    if (openFrom != null && !openFrom.isBefore(validFrom)) {
      throw new InvalidInput("validFrom", regionCode + "的现行界线自" + openFrom + "起生效，新界线的生效日期须晚于该日");
    }
    jdbc.sql(
            "update placenames.boundary set valid_to = :from"
                + " where region_code = :code and valid_to is null")
        .param("from", validFrom)
        .param("code", regionCode)
        .update();
    jdbc.sql(
            """
            insert into placenames.boundary
              (region_code, geometry, area_m2, valid_from, source, note, recorded_by)
            values (:code, :geometry, :area, :from, :source, :note, :by)""")
        .param("code", regionCode)
        .param("geometry", new WKBWriter().write(lonLat))
        .param("area", LocalMetres.areaM2(lonLat))
        .param("from", validFrom)
        .param("source", source)
        .param("note", note)
        .param("by", recordedBy)
        .update();
  }

  private static Geometry fromWkb(byte[] wkb) {
    try {
      return new WKBReader(GeoJson.FACTORY).read(wkb);
    } catch (ParseException e) {
      throw new IllegalStateException("stored boundary is not WKB", e);
    }
  }
}
