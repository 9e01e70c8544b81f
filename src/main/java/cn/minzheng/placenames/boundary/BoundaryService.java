package cn.minzheng.placenames.boundary;

import cn.minzheng.placenames.Boundaries;
import cn.minzheng.placenames.Boundaries.LatLon;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.InvalidInput.FieldMessage;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Boundaries as the platform uses them: the check of the whole tree, GeoJSON import (all or
 * nothing: a file whose boundaries would break a check is refused with every finding) and export,
 * point in polygon and the simplified base layer of the maps. What is in force today is cached and
 * dropped after every committed change.
 */
@Service
public class BoundaryService implements Boundaries {

  public static final int MIN_ZOOM = 6;
  public static final int MAX_ZOOM = 16;

  private final BoundaryStore store;
  private final RegionQuery regions;
  private final AuditLog audit;
  private final double toleranceM2;
  private final AtomicReference<@Nullable Snapshot> snapshot = new AtomicReference<>();

  BoundaryService(
      BoundaryStore store,
      RegionQuery regions,
      AuditLog audit,
      @Value("${minzheng.placenames.boundary-tolerance-m2:100}") double toleranceM2) {
    this.store = store;
    this.regions = regions;
    this.audit = audit;
    this.toleranceM2 = toleranceM2;
  }

  /** The boundaries in force today with their per-level indexes and map layers. */
  private final class Snapshot {
    final LocalDate day;
    final Map<String, Geometry> boundaries;
    final Map<String, RegionNode> nodes = new LinkedHashMap<>();
    final Map<RegionLevel, BoundaryIndex> indexes = new EnumMap<>(RegionLevel.class);
    final Map<String, String> layers = new ConcurrentHashMap<>();
    final Map<String, List<GeoJson.Shape>> simplified = new ConcurrentHashMap<>();
    final Map<String, LatLon> interiorPoints = new ConcurrentHashMap<>();

    Snapshot(LocalDate day) {
      this.day = day;
      this.boundaries = store.inForce(day);
      for (RegionNode node : regions.all()) {
        if (node.activeOn(day)) {
          nodes.put(node.code(), node);
        }
      }
      for (RegionLevel level : RegionLevel.values()) {
        Map<String, Geometry> ofLevel = new LinkedHashMap<>();
        boundaries.forEach(
            (code, shape) -> {
              RegionNode node = nodes.get(code);
              if (node != null && node.level() == level) {
                ofLevel.put(code, shape);
              }
            });
        indexes.put(level, new BoundaryIndex(ofLevel));
      }
    }
  }

  private Snapshot current() {
    LocalDate today = ChinaTime.today();
    Snapshot s = snapshot.get();
    if (s == null || !s.day.equals(today)) {
      s = new Snapshot(today);
      snapshot.set(s);
    }
    return s;
  }

  private void changed() {
    snapshot.set(null);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              snapshot.set(null);
            }
          });
    }
  }

  @Override
  public Optional<String> regionAt(RegionLevel level, double latitude, double longitude) {
    return current().indexes.get(level).locate(latitude, longitude);
  }

  @Override
  public Optional<LatLon> pointIn(String regionCode) {
    Snapshot s = current();
    Geometry shape = s.boundaries.get(regionCode);
    if (shape == null) {
      return Optional.empty();
    }
    return Optional.of(
        s.interiorPoints.computeIfAbsent(
            regionCode,
            code -> {
              Point p = shape.getInteriorPoint();
              return new LatLon(p.getY(), p.getX());
            }));
  }

  /** Every finding of the check on the boundaries in force on the day. */
  public List<BoundaryViolation> check(LocalDate day) {
    Map<String, Geometry> boundaries = store.inForce(day);
    return new BoundaryChecks(toleranceM2).check(nodesOn(day), boundaries, parent -> true);
  }

  public double toleranceM2() {
    return toleranceM2;
  }

  /** How many regions of each level have a boundary in force today, of how many. */
  public Map<RegionLevel, int[]> coverage() {
    Snapshot s = current();
    Map<RegionLevel, int[]> result = new EnumMap<>(RegionLevel.class);
    for (RegionLevel level : RegionLevel.values()) {
      result.put(level, new int[2]);
    }
    s.nodes.values().forEach(n -> result.get(n.level())[1]++);
    s.boundaries.keySet().stream()
        .map(s.nodes::get)
        .filter(n -> n != null)
        .forEach(n -> result.get(n.level())[0]++);
    return result;
  }

  public List<BoundaryStore.Period> history(String regionCode) {
    return store.history(regionCode);
  }

  /** The outcome of an accepted import. */
  public record Imported(int boundaries, LocalDate checkedOn) {}

  /**
   * Imports a FeatureCollection. Features without {@code validFrom} take {@code defaultFrom}. The
   * families the file touches are checked as they would be on the latest date of the file; any
   * finding refuses the whole file.
   */
  @Transactional
  public Imported importGeoJson(String text, LocalDate defaultFrom, String recordedBy) {
    List<GeoJson.Feature> features = GeoJson.read(text);
    LocalDate day =
        features.stream()
            .map(f -> f.validFrom() == null ? defaultFrom : f.validFrom())
            .max(Comparator.naturalOrder())
            .orElse(defaultFrom);
    List<BoundaryChecks.Node> nodes = nodesOn(day);
    Map<String, BoundaryChecks.Node> byCode = new LinkedHashMap<>();
    nodes.forEach(n -> byCode.put(n.code(), n));
    Map<String, Geometry> candidate = new LinkedHashMap<>(store.inForce(day));
    Set<String> families = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (GeoJson.Feature feature : features) {
      BoundaryChecks.Node node = byCode.get(feature.code());
      if (node == null) {
        throw new InvalidInput(
            "file", "第" + feature.index() + "个要素的区划代码" + feature.code() + "不存在或在" + day + "已撤销");
      }
      if (!seen.add(feature.code())) {
        throw new InvalidInput("file", "区划代码" + feature.code() + "在文件中出现多次");
      }
      candidate.put(feature.code(), feature.geometry());
      families.add(feature.code());
      if (node.parentCode() != null) {
        families.add(node.parentCode());
      }
    }
    Map<String, Geometry> touched = new LinkedHashMap<>();
    candidate.forEach(
        (code, shape) -> {
          BoundaryChecks.Node node = byCode.get(code);
          if (node != null
              && (families.contains(code)
                  || (node.parentCode() != null && families.contains(node.parentCode())))) {
            touched.put(code, shape);
          }
        });
    List<BoundaryViolation> findings =
        new BoundaryChecks(toleranceM2).check(nodes, touched, families::contains);
    if (!findings.isEmpty()) {
      throw new InvalidInput(
          findings.stream().map(v -> new FieldMessage("file", v.message())).toList());
    }
    for (GeoJson.Feature feature : features) {
      store.replace(
          feature.code(),
          feature.geometry(),
          feature.validFrom() == null ? defaultFrom : feature.validFrom(),
          "IMPORT",
          null,
          recordedBy);
    }
    audit.record(
        AuditEvent.success(
            "placenames.boundary.import",
            "boundary",
            features.size() == 1 ? features.get(0).code() : features.size() + " regions",
            "导入界线 " + features.size() + " 条，检查日 " + day));
    changed();
    return new Imported(features.size(), day);
  }

  /** Records generated boundaries (demo data): each from the day given, as source DEMO. */
  @Transactional
  public void recordGenerated(Map<String, Geometry> boundaries, LocalDate validFrom) {
    boundaries.forEach(
        (code, shape) -> store.replace(code, shape, validFrom, "DEMO", "演示数据：Voronoi划分", "demo"));
    changed();
  }

  /** The boundaries in force today inside the filter, as GeoJSON with code, name and level. */
  public String export(RegionFilter filter) {
    Snapshot s = current();
    List<GeoJson.Shape> shapes = new ArrayList<>();
    s.boundaries.forEach(
        (code, shape) -> {
          RegionNode node = s.nodes.get(code);
          if (node != null && filter.permits(code)) {
            shapes.add(new GeoJson.Shape(code, properties(node), shape));
          }
        });
    return GeoJson.write(shapes);
  }

  /**
   * The base layer of the maps: the boundaries of one level in force today, simplified to about one
   * screen pixel at the zoom level (Web Mercator: 360° / 256 / 2^zoom), cached per level and zoom
   * until the boundaries change.
   */
  public String layer(RegionLevel level, int zoom) {
    int z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    Snapshot s = current();
    return s.layers.computeIfAbsent(level + "/" + z, key -> GeoJson.write(simplified(s, level, z)));
  }

  /**
   * The base layer restricted to a caller's data scope: only the boundaries of the regions in the
   * filter (the city's whole layer when unrestricted), so that a district's map draws its own
   * streets and communities and nothing of its neighbours.
   */
  public String layer(RegionLevel level, int zoom, RegionFilter filter) {
    if (filter.unrestricted()) {
      return layer(level, zoom);
    }
    int z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    return GeoJson.write(
        simplified(current(), level, z).stream()
            .filter(shape -> filter.permits(shape.code()))
            .toList());
  }

  private List<GeoJson.Shape> simplified(Snapshot s, RegionLevel level, int z) {
    return s.simplified.computeIfAbsent(
        level + "/" + z,
        key -> {
          double tolerance = 360.0 / 256 / Math.pow(2, z);
          List<GeoJson.Shape> shapes = new ArrayList<>();
          s.boundaries.forEach(
              (code, shape) -> {
                RegionNode node = s.nodes.get(code);
                if (node != null && node.level() == level) {
                  shapes.add(
                      new GeoJson.Shape(
                          code,
                          properties(node),
                          TopologyPreservingSimplifier.simplify(shape, tolerance)));
                }
              });
          return List.copyOf(shapes);
        });
  }

  private static Map<String, Object> properties(RegionNode node) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("name", node.name());
    properties.put("level", node.level().name());
    properties.put("parentCode", node.parentCode() == null ? "" : node.parentCode());
    return properties;
  }

  private List<BoundaryChecks.Node> nodesOn(LocalDate day) {
    return regions.all().stream()
        .filter(n -> n.activeOn(day))
        .map(n -> new BoundaryChecks.Node(n.code(), n.name(), n.parentCode()))
        .toList();
  }
}
