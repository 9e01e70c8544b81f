package cn.minzheng.elderly.facility;

import cn.minzheng.elderly.facility.Places.Place;
import cn.minzheng.placenames.Boundaries;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds a district, street or community of the region tree by its name in the typed text ("锦江区",
 * "春熙街道", "锦江区春熙街道红星社区", or the start of a name) and gives it a centre: a point inside its boundary
 * when one is recorded ({@link Boundaries#pointIn}), else the mean of the community centres
 * recorded below it, else of its facilities, else its county's seat (then the answer says the
 * position is estimated).
 */
@Service
public class RegionPlaces {

  private final RegionQuery regions;
  private final JdbcClient jdbc;
  private final Boundaries boundaries;

  RegionPlaces(RegionQuery regions, JdbcClient jdbc, Boundaries boundaries) {
    this.regions = regions;
    this.jdbc = jdbc;
    this.boundaries = boundaries;
  }

  /**
   * A region found in the text. {@code wholeText}: the text names nothing but the region (and its
   * parents), so that a facility or street address is not what was meant.
   */
  public record RegionHit(Place place, boolean wholeText) {}

  public Optional<RegionHit> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String q = text.strip().replaceAll("\\s+", "");
    return best(q).map(node -> new RegionHit(place(node), rest(q, node).isEmpty()));
  }

  /** What the text says besides the node's and its parents' names (and the province). */
  private String rest(String q, RegionNode node) {
    if (node.name().startsWith(q)) {
      return "";
    }
    String rest = q.replace("四川省", "");
    for (RegionNode n : regions.path(node.code())) {
      rest = rest.replace(n.name(), "");
    }
    return rest;
  }

  /**
   * The most specific node named in the text. A name contained whole beats a name the text only
   * begins; then the deeper level; then the node whose ancestors the text names too (the same
   * community name in two districts); then the lower code, so that the answer is stable.
   */
  private Optional<RegionNode> best(String q) {
    LocalDate today = ChinaTime.today();
    record Match(RegionNode node, boolean whole, int ancestorsNamed) {}
    List<Match> matches = new ArrayList<>();
    for (RegionNode node : regions.all()) {
      if (!node.activeOn(today)) {
        continue;
      }
      boolean whole = q.contains(node.name());
      if (whole || (q.length() >= 2 && node.name().startsWith(q))) {
        int named = (int) ancestors(node).stream().filter(a -> q.contains(a.name())).count();
        matches.add(new Match(node, whole, named));
      }
    }
    return matches.stream()
        .min(
            Comparator.comparing((Match m) -> !m.whole())
                .thenComparing(m -> -m.node().level().ordinal())
                .thenComparing(m -> -m.ancestorsNamed())
                .thenComparing(m -> m.node().code()))
        .map(Match::node);
  }

  private List<RegionNode> ancestors(RegionNode node) {
    List<RegionNode> path = regions.path(node.code());
    return path.isEmpty() ? List.of() : path.subList(0, path.size() - 1);
  }

  private Place place(RegionNode node) {
    String label =
        String.join(
            "",
            regions.path(node.code()).stream()
                .filter(n -> n.level() != RegionLevel.CITY)
                .map(RegionNode::name)
                .toList());
    Optional<Boundaries.LatLon> inside = boundaries.pointIn(node.code());
    if (inside.isPresent()) {
      return new Place(label, new GeoPoint(inside.get().latitude(), inside.get().longitude()));
    }
    String[] codes = subtree(node).toArray(String[]::new);
    Optional<GeoPoint> centre =
        mean("select latitude, longitude from elderly.place where kind = 'COMMUNITY_CENTRE'", codes)
            .or(() -> mean("select latitude, longitude from elderly.facility where active", codes));
    if (centre.isPresent()) {
      return new Place(label, centre.get());
    }
    String county = node.statutoryCountyCode() != null ? node.statutoryCountyCode() : node.code();
    return new Place(label + "（位置按所在区县估算）", CountyCentres.of(county));
  }

  private Optional<GeoPoint> mean(String select, String[] codes) {
    Map<String, Object> row =
        jdbc.sql(
                "select avg(latitude) as lat, avg(longitude) as lon from ("
                    + select
                    + " and region_code = any(?)) p")
            .param(codes)
            .query()
            .singleRow();
    if (row.get("lat") == null) {
      return Optional.empty();
    }
    return Optional.of(
        new GeoPoint(
            ((Number) row.get("lat")).doubleValue(), ((Number) row.get("lon")).doubleValue()));
  }

  /** The node and every node below it (the managing tree: a functional zone's streets too). */
  private List<String> subtree(RegionNode node) {
    List<String> codes = new ArrayList<>();
    List<String> next = List.of(node.code());
    while (!next.isEmpty()) {
      codes.addAll(next);
      next =
          next.stream()
              .flatMap(code -> regions.children(code).stream())
              .map(RegionNode::code)
              .toList();
    }
    return codes;
  }
}
