package cn.minzheng.placenames.boundary;

import cn.minzheng.placenames.boundary.BoundaryViolation.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The checks of §10: every boundary a valid polygon; siblings do not overlap; the children cover
 * their parent without a gap and do not reach outside it. Overlaps, gaps and overhangs count only
 * above the tolerance (m², each connected piece on its own), so that the rounding of coordinates in
 * an exchanged file is not reported. Computed on the local metric plane ({@link LocalMetres}).
 */
public final class BoundaryChecks {

  /** A region node as the check needs it: only nodes in force on the checked day. */
  public record Node(String code, String name, @Nullable String parentCode) {}

  private final double toleranceM2;

  public BoundaryChecks(double toleranceM2) {
    this.toleranceM2 = toleranceM2;
  }

  /**
   * Checks the boundaries of {@code nodes}. {@code parentsToCheck} limits the sibling and cover
   * checks to the children of those parents (an import checks the families it touches); validity is
   * checked for every boundary given.
   */
  public List<BoundaryViolation> check(
      List<Node> nodes, Map<String, Geometry> lonLatBoundaries, Predicate<String> parentsToCheck) {
    Map<String, Node> byCode = new LinkedHashMap<>();
    Map<String, List<Node>> children = new LinkedHashMap<>();
    for (Node node : nodes) {
      byCode.put(node.code(), node);
    }
    for (Node node : nodes) {
      if (node.parentCode() != null && byCode.containsKey(node.parentCode())) {
        children.computeIfAbsent(node.parentCode(), p -> new ArrayList<>()).add(node);
      }
    }
    List<BoundaryViolation> found = new ArrayList<>();
    Map<String, Geometry> metres = new LinkedHashMap<>();
    for (var entry : lonLatBoundaries.entrySet()) {
      Node node = byCode.get(entry.getKey());
      if (node == null) {
        continue;
      }
      Geometry geometry = LocalMetres.toMetres(entry.getValue());
      TopologyValidationError error = invalidity(geometry);
      if (error != null) {
        found.add(violation(Kind.INVALID, node, null, 0, error.getCoordinate(), describe(error)));
      } else {
        metres.put(node.code(), geometry);
      }
    }
    for (var family : children.entrySet()) {
      Node parent = byCode.get(family.getKey());
      if (parent == null || !parentsToCheck.test(parent.code())) {
        continue;
      }
      checkFamily(parent, family.getValue(), metres, lonLatBoundaries.keySet(), found);
    }
    found.sort(
        Comparator.comparing(BoundaryViolation::kind)
            .thenComparing(BoundaryViolation::regionCode)
            .thenComparing(v -> v.otherCode() == null ? "" : v.otherCode()));
    return found;
  }

  private void checkFamily(
      Node parent,
      List<Node> kids,
      Map<String, Geometry> metres,
      Set<String> given,
      List<BoundaryViolation> found) {
    Geometry parentShape = metres.get(parent.code());
    List<Node> drawn = new ArrayList<>();
    for (Node kid : kids) {
      if (metres.containsKey(kid.code())) {
        drawn.add(kid);
      } else if (parentShape != null && !given.contains(kid.code())) {
        found.add(violation(Kind.MISSING, kid, parent, 0, null, ""));
      }
    }
    for (int i = 0; i < drawn.size(); i++) {
      Geometry a = metres.get(drawn.get(i).code());
      for (int j = i + 1; j < drawn.size(); j++) {
        Geometry b = metres.get(drawn.get(j).code());
        if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
          continue;
        }
        for (Geometry piece : pieces(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION))) {
          found.add(violation(Kind.OVERLAP, drawn.get(i), drawn.get(j), piece));
        }
      }
    }
    if (parentShape == null || drawn.isEmpty()) {
      return;
    }
    Geometry union = UnaryUnionOp.union(drawn.stream().map(k -> metres.get(k.code())).toList());
    for (Geometry gap : pieces(OverlayNGRobust.overlay(parentShape, union, OverlayNG.DIFFERENCE))) {
      Node nearest =
          drawn.stream()
              .min(Comparator.comparingDouble((Node k) -> metres.get(k.code()).distance(gap)))
              .orElseThrow();
      found.add(violation(Kind.GAP, parent, nearest, gap));
    }
    for (Node kid : drawn) {
      Geometry outside =
          OverlayNGRobust.overlay(metres.get(kid.code()), parentShape, OverlayNG.DIFFERENCE);
      for (Geometry piece : pieces(outside)) {
        found.add(violation(Kind.OUTSIDE, kid, parent, piece));
      }
    }
  }

  /** The polygonal pieces of an overlay result whose area exceeds the tolerance. */
  private List<Geometry> pieces(Geometry overlay) {
    List<Geometry> result = new ArrayList<>();
    for (int i = 0; i < overlay.getNumGeometries(); i++) {
      Geometry piece = overlay.getGeometryN(i);
      if (piece instanceof Polygonal && piece.getArea() > toleranceM2) {
        result.add(piece);
      }
    }
    return result;
  }

  private static @Nullable TopologyValidationError invalidity(Geometry geometry) {
    if (!(geometry instanceof Polygonal)) {
      return new TopologyValidationError(
          TopologyValidationError.INVALID_COORDINATE, geometry.getCoordinate());
    }
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error == null && (geometry.isEmpty() || geometry.getArea() <= 0)) {
      return new TopologyValidationError(
          TopologyValidationError.TOO_FEW_POINTS, geometry.getCoordinate());
    }
    return error;
  }

  private static String describe(TopologyValidationError error) {
    return switch (error.getErrorType()) {
      case TopologyValidationError.SELF_INTERSECTION,
          TopologyValidationError.RING_SELF_INTERSECTION ->
          "边界自相交";
      case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "内洞在外环之外";
      case TopologyValidationError.NESTED_HOLES -> "内洞相互嵌套";
      case TopologyValidationError.DISCONNECTED_INTERIOR -> "内部不连通";
      case TopologyValidationError.NESTED_SHELLS -> "多个外环相互嵌套";
      case TopologyValidationError.DUPLICATE_RINGS -> "环重复";
      case TopologyValidationError.TOO_FEW_POINTS -> "顶点过少或面积为零";
      case TopologyValidationError.RING_NOT_CLOSED -> "环未闭合";
      default -> "不是有效的面（Polygon/MultiPolygon）";
    };
  }

  private BoundaryViolation violation(Kind kind, Node region, Node other, Geometry piece) {
    return violation(
        kind, region, other, piece.getArea(), piece.getInteriorPoint().getCoordinate(), "");
  }

  private static BoundaryViolation violation(
      Kind kind,
      Node region,
      @Nullable Node other,
      double area,
      @Nullable Coordinate where,
      String detail) {
    double[] latLon = where == null ? new double[] {0, 0} : LocalMetres.latLon(where);
    return new BoundaryViolation(
        kind,
        region.code(),
        region.name(),
        other == null ? null : other.code(),
        other == null ? null : other.name(),
        area,
        latLon[0],
        latLon[1],
        detail);
  }
}
