package cn.minzheng.placenames.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.placenames.boundary.BoundaryChecks;
import cn.minzheng.region.RegionKind;
import cn.minzheng.region.RegionNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** The demo partition passes the boundary checks by construction and is the same every time. */
class VoronoiBoundariesTest {

  static final String CITY = "510100000000";

  @Test
  void everyNodeGetsABoundaryAndTheChecksFindNothing() {
    List<RegionNode> tree = tree();

    Map<String, Geometry> generated =
        VoronoiBoundaries.generate(tree, CITY, ChengduOutline.city(), ChengduOutline.seats());

    assertThat(generated.keySet()).hasSize(tree.size());
    List<BoundaryChecks.Node> nodes =
        tree.stream()
            .map(n -> new BoundaryChecks.Node(n.code(), n.name(), n.parentCode()))
            .toList();
    assertThat(new BoundaryChecks(1).check(nodes, generated, p -> true)).isEmpty();
  }

  @Test
  void aCountyCellContainsItsSeatAndTheSameTreeGivesTheSameBoundaries() {
    List<RegionNode> tree = tree();

    Map<String, Geometry> first =
        VoronoiBoundaries.generate(tree, CITY, ChengduOutline.city(), ChengduOutline.seats());
    Map<String, Geometry> second =
        VoronoiBoundaries.generate(tree, CITY, ChengduOutline.city(), ChengduOutline.seats());

    Coordinate jinjiang = ChengduOutline.seats().get("510104000000");
    assertThat(
            first.get("510104000000").contains(first.get(CITY).getFactory().createPoint(jinjiang)))
        .isTrue();
    first.forEach((code, shape) -> assertThat(shape.equalsExact(second.get(code))).isTrue());
  }

  /** The city, three districts, four streets each, five communities per street. */
  private static List<RegionNode> tree() {
    List<RegionNode> nodes = new ArrayList<>();
    nodes.add(node(CITY, null, RegionKind.CITY_PREFECTURE));
    for (String county : List.of("510104", "510105", "510190")) {
      nodes.add(node(county + "000000", CITY, RegionKind.DISTRICT));
      for (int s = 1; s <= 4; s++) {
        String street = county + String.format("%03d", s) + "000";
        nodes.add(node(street, county + "000000", RegionKind.SUBDISTRICT));
        for (int c = 1; c <= 5; c++) {
          nodes.add(
              node(
                  street.substring(0, 9) + String.format("%03d", c),
                  street,
                  RegionKind.RESIDENTS_COMMITTEE));
        }
      }
    }
    return nodes;
  }

  private static RegionNode node(String code, String parent, RegionKind kind) {
    return new RegionNode(
        code,
        "区划" + code,
        kind.level(),
        kind,
        parent,
        null,
        LocalDate.of(2000, 1, 1),
        null,
        null,
        null,
        null);
  }
}
