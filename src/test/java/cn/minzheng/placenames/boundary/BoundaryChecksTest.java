package cn.minzheng.placenames.boundary;

import static cn.minzheng.placenames.boundary.BoundaryShapes.box;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.minzheng.placenames.boundary.BoundaryChecks.Node;
import cn.minzheng.placenames.boundary.BoundaryViolation.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * §10: siblings do not overlap, children cover their parent without a gap, every boundary is a
 * valid polygon; a finding names the two regions and where. The street spans 0.02° × 0.01° near
 * 104.0° E, 30.6° N; one thousandth of a degree is about 96 m east-west and 111 m north-south.
 */
class BoundaryChecksTest {

  static final String STREET = "510104001000";
  static final String A = "510104001001";
  static final String B = "510104001002";

  static final List<Node> NODES =
      List.of(
          new Node(STREET, "春熙路街道", "510104000000"),
          new Node(A, "甲社区", STREET),
          new Node(B, "乙社区", STREET));

  final BoundaryChecks checks = new BoundaryChecks(100);

  @Test
  void twoCommunitiesThatExactlyTileTheirStreetPass() {
    var found =
        checks.check(
            NODES,
            Map.of(
                STREET, box(104.00, 30.60, 104.02, 30.61),
                A, box(104.00, 30.60, 104.01, 30.61),
                B, box(104.01, 30.60, 104.02, 30.61)),
            p -> true);

    assertThat(found).isEmpty();
  }

  @Test
  void anOverlapNamesBothCommunitiesItsAreaAndAPointInside() {
    // 乙 starts 0.001° west of 甲's east edge: a strip 0.001° wide and 0.01° high overlaps
    var found =
        checks.check(
            NODES,
            Map.of(
                STREET, box(104.00, 30.60, 104.02, 30.61),
                A, box(104.00, 30.60, 104.01, 30.61),
                B, box(104.009, 30.60, 104.02, 30.61)),
            p -> true);

    assertThat(found).hasSize(1);
    BoundaryViolation overlap = found.get(0);
    assertThat(overlap.kind()).isEqualTo(Kind.OVERLAP);
    assertThat(overlap.regionCode()).isEqualTo(A);
    assertThat(overlap.otherCode()).isEqualTo(B);
    // 0.001° of longitude at 30.66° N ≈ 95.75 m, 0.01° of latitude ≈ 1,105.7 m
    assertThat(overlap.areaM2()).isCloseTo(95.75 * 1105.7, within(500.0));
    assertThat(overlap.longitude()).isBetween(104.009, 104.010);
    assertThat(overlap.latitude()).isBetween(30.60, 30.61);
    assertThat(overlap.message()).contains("甲社区（510104001001）与乙社区（510104001002）重叠");
  }

  @Test
  void aGapNamesTheStreetAndTheCommunityNextToItAndWhere() {
    // 乙 ends 0.002° short of the street's east edge: a strip of about 191 m × 1,106 m is nobody's
    var found =
        checks.check(
            NODES,
            Map.of(
                STREET, box(104.00, 30.60, 104.02, 30.61),
                A, box(104.00, 30.60, 104.01, 30.61),
                B, box(104.01, 30.60, 104.018, 30.61)),
            p -> true);

    assertThat(found).hasSize(1);
    BoundaryViolation gap = found.get(0);
    assertThat(gap.kind()).isEqualTo(Kind.GAP);
    assertThat(gap.regionCode()).isEqualTo(STREET);
    assertThat(gap.otherCode()).isEqualTo(B);
    assertThat(gap.areaM2()).isCloseTo(2 * 95.75 * 1105.7, within(1000.0));
    assertThat(gap.longitude()).isBetween(104.018, 104.02);
    assertThat(gap.message()).contains("春熙路街道（510104001000）内有未被下级覆盖的空隙").contains("乙社区");
  }

  @Test
  void aSliverBelowTheToleranceIsNotReported() {
    // 1e-6° ≈ 0.1 m wide over 1,106 m: about 106 m², reported at 100 m², not at 200 m²
    Map<String, Geometry> sliver =
        Map.of(
            STREET, box(104.00, 30.60, 104.02, 30.61),
            A, box(104.00, 30.60, 104.010001, 30.61),
            B, box(104.01, 30.60, 104.02, 30.61));

    assertThat(new BoundaryChecks(100).check(NODES, sliver, p -> true))
        .extracting(BoundaryViolation::kind)
        .containsExactly(Kind.OVERLAP);
    assertThat(new BoundaryChecks(200).check(NODES, sliver, p -> true)).isEmpty();
  }

  @Test
  void aSelfIntersectingRingIsInvalidAndTheRestIsStillChecked() {
    Geometry bowTie =
        new GeometryFactory()
            .createPolygon(
                new Coordinate[] {
                  new Coordinate(104.00, 30.60),
                  new Coordinate(104.01, 30.61),
                  new Coordinate(104.01, 30.60),
                  new Coordinate(104.00, 30.61),
                  new Coordinate(104.00, 30.60)
                });
    Map<String, Geometry> boundaries = new LinkedHashMap<>();
    boundaries.put(STREET, box(104.00, 30.60, 104.02, 30.61));
    boundaries.put(A, bowTie);
    boundaries.put(B, box(104.01, 30.60, 104.02, 30.61));

    var found = checks.check(NODES, boundaries, p -> true);

    assertThat(found).extracting(BoundaryViolation::kind).containsExactly(Kind.INVALID, Kind.GAP);
    assertThat(found.get(0).regionCode()).isEqualTo(A);
    assertThat(found.get(0).message()).contains("自相交");
    assertThat(found.get(0).latitude()).isCloseTo(30.605, within(1e-6));
  }

  @Test
  void aCommunityReachingOutsideItsStreetIsReportedAndAMissingOneToo() {
    var found =
        checks.check(
            NODES,
            Map.of(STREET, box(104.00, 30.60, 104.02, 30.61), A, box(103.99, 30.60, 104.02, 30.61)),
            p -> true);

    assertThat(found)
        .extracting(BoundaryViolation::kind, BoundaryViolation::regionCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.MISSING, B),
            org.assertj.core.groups.Tuple.tuple(Kind.OUTSIDE, A));
  }
}
