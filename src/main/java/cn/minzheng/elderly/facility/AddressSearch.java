package cn.minzheng.elderly.facility;

import cn.minzheng.elderly.facility.Places.Place;
import cn.minzheng.elderly.facility.RegionPlaces.RegionHit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The point of what a citizen types on the public map, without an online geocoder: a landmark or
 * community centre of the gazetteer; a district, street or community named alone; a facility by its
 * name or address; and last a region named inside a longer address (its approximate centre).
 */
@Service
public class AddressSearch {

  /** Shown when nothing matches. */
  public static final String NOT_FOUND = "未找到该地址";

  private final Places places;
  private final RegionPlaces regions;
  private final JdbcClient jdbc;

  AddressSearch(Places places, RegionPlaces regions, JdbcClient jdbc) {
    this.places = places;
    this.regions = regions;
    this.jdbc = jdbc;
  }

  public Optional<Place> find(String text) {
    if (text == null || text.isBlank() || text.length() > 100) {
      return Optional.empty();
    }
    String q = text.strip();
    Optional<Place> landmark = places.find(q);
    if (landmark.isPresent()) {
      return landmark;
    }
    Optional<RegionHit> region = regions.find(q);
    if (region.isPresent() && region.get().wholeText()) {
      return Optional.of(region.get().place());
    }
    return facility(q).or(() -> region.map(RegionHit::place));
  }

  /** A facility whose name or address holds the text; the exact and shortest first. */
  private Optional<Place> facility(String q) {
    String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return jdbc.sql(
            """
            select name, latitude, longitude from elderly.facility
             where active and (name like ? or address like ?)
             order by (name = ? or address = ?) desc, char_length(name), id limit 1""")
        .params(like, like, q, q)
        .query(
            (rs, n) -> new Place(rs.getString(1), new GeoPoint(rs.getDouble(2), rs.getDouble(3))))
        .optional();
  }
}
