package cn.minzheng.placenames.boundary;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point in polygon over the boundaries of one level. A point counts as inside a region when the
 * region's polygon covers it (interior or edge); a point on an edge shared by several regions
 * belongs to the one with the smallest code, so that the answer never depends on the order the
 * boundaries were loaded in.
 */
public final class BoundaryIndex {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private record Entry(String code, PreparedGeometry shape) {}

  private final STRtree tree = new STRtree();
  private final int size;

  public BoundaryIndex(Map<String, Geometry> lonLatBoundaries) {
    for (var boundary : lonLatBoundaries.entrySet()) {
      Geometry shape = boundary.getValue();
      tree.insert(
          shape.getEnvelopeInternal(),
          new Entry(boundary.getKey(), PreparedGeometryFactory.prepare(shape)));
    }
    tree.build();
    size = lonLatBoundaries.size();
  }

  /** The code of the region whose boundary covers the point; empty outside every boundary. */
  public Optional<String> locate(double latitude, double longitude) {
    Point point = FACTORY.createPoint(new Coordinate(longitude, latitude));
    @SuppressWarnings("unchecked")
    List<Entry> candidates = tree.query(point.getEnvelopeInternal());
    return candidates.stream()
        .filter(e -> e.shape().covers(point))
        .map(Entry::code)
        .min(Comparator.naturalOrder());
  }

  public int size() {
    return size;
  }
}
