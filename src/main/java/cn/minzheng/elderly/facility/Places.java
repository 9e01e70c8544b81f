package cn.minzheng.elderly.facility;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds the point of an address: a landmark or community centre of the gazetteer whose name the
 * typed text starts with or contains (the nearest thing to geocoding on an offline network).
 */
@Service
public class Places {

  private final JdbcClient jdbc;

  Places(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Place(String name, GeoPoint point) {}

  public Optional<Place> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String q = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return jdbc.sql(
            """
            select name, latitude, longitude from elderly.place
             where name like ? or ? like '%' || name || '%' or name like ?
             order by (name = ?) desc, char_length(name) desc limit 1""")
        .params(q + "%", text.strip(), "%" + q + "%", text.strip())
        .query(
            (rs, n) -> new Place(rs.getString(1), new GeoPoint(rs.getDouble(2), rs.getDouble(3))))
        .optional();
  }

  /** The centre of a community (its committee's office), when recorded. */
  public Optional<Place> communityCentre(String communityCode) {
    return jdbc.sql(
            """
            select name, latitude, longitude from elderly.place
             where kind = 'COMMUNITY_CENTRE' and region_code = ?""")
        .param(communityCode)
        .query(
            (rs, n) -> new Place(rs.getString(1), new GeoPoint(rs.getDouble(2), rs.getDouble(3))))
        .optional();
  }

  public void recordCommunityCentre(String communityCode, String name, GeoPoint at) {
    jdbc.sql(
            """
            insert into elderly.place (name, kind, region_code, latitude, longitude)
            values (?, 'COMMUNITY_CENTRE', ?, ?, ?)
            on conflict (region_code) where kind = 'COMMUNITY_CENTRE'
            do update set name = excluded.name, latitude = excluded.latitude,
                          longitude = excluded.longitude""")
        .params(name, communityCode, at.latitude(), at.longitude())
        .update();
  }
}
