package cn.minzheng.placenames.demo;

import cn.minzheng.region.RegionNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Plausible boundaries for the synthetic region tree, which has no real geometry: top down, each
 * parent's polygon is split into the Voronoi cells of its children's centres and each cell is
 * clipped to the parent. The cells of one diagram tile the plane without overlap, so the children
 * cover their parent and do not overlap: the checks pass by construction (up to floating-point
 * slivers far below the tolerance). A county-level unit's centre is its seat of government; the
 * centre of a street or community is a point drawn inside its parent from a generator seeded by its
 * code, so the same tree always gives the same boundaries. Real boundaries replace these by the
 * ordinary GeoJSON import.
 */
public final class VoronoiBoundaries {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private VoronoiBoundaries() {}

  /** Boundaries for the nodes in force of the Chengdu tree, inside the demo outline of the city. */
  public static Map<String, Geometry> forChengdu(List<RegionNode> nodes) {
    return generate(nodes, ChengduOutline.CITY, ChengduOutline.city(), ChengduOutline.seats());
  }

  /**
   * Boundaries for every node of {@code nodes} (the nodes in force, city included) below {@code
   * root}, whose own boundary is {@code rootShape}. {@code centres} gives fixed centres (lon/lat)
   * by code; the other children get drawn ones.
   */
  public static Map<String, Geometry> generate(
      List<RegionNode> nodes, String root, Geometry rootShape, Map<String, Coordinate> centres) {
    Map<String, List<RegionNode>> children = new HashMap<>();
    for (RegionNode node : nodes) {
      if (node.parentCode() != null) {
        children.computeIfAbsent(node.parentCode(), p -> new ArrayList<>()).add(node);
      }
    }
    Map<String, Geometry> result = new LinkedHashMap<>();
    result.put(root, rootShape);
    List<String> queue = new ArrayList<>(List.of(root));
    for (int i = 0; i < queue.size(); i++) {
      String parent = queue.get(i);
      List<RegionNode> kids = new ArrayList<>(children.getOrDefault(parent, List.of()));
      if (kids.isEmpty()) {
        continue;
      }
      kids.sort(Comparator.comparing(RegionNode::code));
      Map<String, Geometry> cells = split(result.get(parent), kids, centres);
      result.putAll(cells);
      kids.forEach(k -> queue.add(k.code()));
    }
    return result;
  }

  private static Map<String, Geometry> split(
      Geometry parent, List<RegionNode> kids, Map<String, Coordinate> centres) {
    Map<String, Geometry> cells = new LinkedHashMap<>();
    if (kids.size() == 1) {
      cells.put(kids.get(0).code(), parent);
      return cells;
    }
    PreparedGeometry inside = PreparedGeometryFactory.prepare(parent);
    Map<Coordinate, String> siteOf = new HashMap<>();
    List<Coordinate> sites = new ArrayList<>();
    for (RegionNode kid : kids) {
      Coordinate site = centres.get(kid.code());
      if (site == null || !inside.contains(FACTORY.createPoint(site))) {
        site = drawnInside(parent, inside, kid.code(), siteOf);
      }
      siteOf.put(site, kid.code());
      sites.add(site);
    }
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(sites);
    Envelope clip = new Envelope(parent.getEnvelopeInternal());
    clip.expandBy(Math.max(clip.getWidth(), clip.getHeight()));
    builder.setClipEnvelope(clip);
    Geometry diagram = builder.getDiagram(FACTORY);
    for (int i = 0; i < diagram.getNumGeometries(); i++) {
      Geometry cell = diagram.getGeometryN(i);
      String code = siteOf.get((Coordinate) cell.getUserData());
      Geometry clipped = polygonal(cell.intersection(parent));
      if (code != null && !clipped.isEmpty()) {
        cells.put(code, clipped);
      }
    }
    return cells;
  }

  private static Coordinate drawnInside(
      Geometry parent, PreparedGeometry inside, String code, Map<Coordinate, String> taken) {
    Random random = new Random(Long.parseLong(code));
    Envelope box = parent.getEnvelopeInternal();
    for (int attempt = 0; attempt < 10_000; attempt++) {
      Coordinate c =
          new Coordinate(
              box.getMinX() + random.nextDouble() * box.getWidth(),
              box.getMinY() + random.nextDouble() * box.getHeight());
      Point point = FACTORY.createPoint(c);
      if (inside.contains(point) && !taken.containsKey(c)) {
        return c;
      }
    }
    throw new IllegalStateException("no point found inside the parent of " + code);
  }

  private static Geometry polygonal(Geometry geometry) {
    @SuppressWarnings("unchecked")
    List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
    if (polygons.size() == 1) {
      return polygons.get(0);
    }
    return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
  }
}
