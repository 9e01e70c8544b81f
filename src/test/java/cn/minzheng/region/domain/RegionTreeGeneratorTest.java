package cn.minzheng.region.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.region.RegionKind;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated lower levels, as a pure function (no database). */
class RegionTreeGeneratorTest {

  private final List<RegionNode> nodes = RegionTreeGenerator.generate();
  private final Map<String, RegionNode> byCode =
      nodes.stream().collect(Collectors.toMap(RegionNode::code, Function.identity()));

  @Test
  void generatesTheBriefsCountsOfStreetsAndCommunities() {
    assertThat(nodes).filteredOn(n -> n.level() == RegionLevel.STREET).hasSize(261);
    assertThat(nodes).filteredOn(n -> n.level() == RegionLevel.COMMUNITY).hasSize(3045);
  }

  @Test
  void generatesTheSameTreeOnEveryRun() {
    assertThat(RegionTreeGenerator.generate()).isEqualTo(nodes);
  }

  @Test
  void generatesTheCodesOtherModulesRelyOn() {
    assertThat(byCode.get("510104001000").parentCode()).isEqualTo("510104000000");
    assertThat(byCode.get("510104002000").parentCode()).isEqualTo("510104000000");
    assertThat(byCode.get("510104001001").parentCode()).isEqualTo("510104001000");
    assertThat(byCode.get("510104001002").parentCode()).isEqualTo("510104001000");
    assertThat(byCode.get("510105001000").parentCode()).isEqualTo("510105000000");
    assertThat(byCode.get("510105001001").parentCode()).isEqualTo("510105001000");
  }

  @Test
  void codesAreUniqueAndTwelveDigits() {
    assertThat(byCode).hasSameSizeAs(nodes);
    assertThat(nodes).allSatisfy(n -> assertThat(n.code()).matches("[0-9]{12}"));
  }

  @Test
  void townshipDigitsFollowTheStatisticalRanges() {
    for (RegionNode street : streets()) {
      int digits = Integer.parseInt(street.code().substring(6, 9));
      assertThat(street.code()).endsWith("000");
      if (isZone(street.parentCode())) {
        assertThat(digits).as(street.code()).isBetween(400, 599);
      } else {
        switch (street.kind()) {
          case SUBDISTRICT -> assertThat(digits).as(street.code()).isBetween(1, 99);
          case TOWN -> assertThat(digits).as(street.code()).isBetween(100, 199);
          case TOWNSHIP -> assertThat(digits).as(street.code()).isBetween(200, 399);
          default -> throw new AssertionError("not a street kind: " + street.kind());
        }
      }
    }
  }

  @Test
  void villageDigitsFollowTheStatisticalRanges() {
    for (RegionNode unit : communities()) {
      int digits = Integer.parseInt(unit.code().substring(9));
      if (unit.kind() == RegionKind.RESIDENTS_COMMITTEE) {
        assertThat(digits).as(unit.code()).isBetween(1, 199);
      } else {
        assertThat(unit.kind()).isEqualTo(RegionKind.VILLAGE);
        assertThat(digits).as(unit.code()).isBetween(200, 399);
      }
      assertThat(unit.code()).startsWith(unit.parentCode().substring(0, 9));
    }
  }

  @Test
  void centralDistrictsAreAllSubdistrictsWithCommunities() {
    for (String county : List.of("510104", "510105", "510106", "510107", "510108", "510190")) {
      assertThat(nodes)
          .filteredOn(n -> n.code().startsWith(county))
          .allSatisfy(
              n ->
                  assertThat(n.kind())
                      .isIn(RegionKind.SUBDISTRICT, RegionKind.RESIDENTS_COMMITTEE));
    }
  }

  @Test
  void outerCountiesAreMostlyTownsWithVillages() {
    List<RegionNode> jintang = nodes.stream().filter(n -> n.code().startsWith("510121")).toList();
    long towns = jintang.stream().filter(n -> n.kind() == RegionKind.TOWN).count();
    long villages = jintang.stream().filter(n -> n.kind() == RegionKind.VILLAGE).count();
    long streets = jintang.stream().filter(n -> n.level() == RegionLevel.STREET).count();
    long units = jintang.size() - streets;
    assertThat(towns * 2).isGreaterThan(streets);
    assertThat(villages * 2).isGreaterThan(units);
  }

  @Test
  void functionalZoneStreetsCarryTheStatutoryCodeOfTheirCounty() {
    assertThat(streets())
        .filteredOn(s -> s.parentCode().equals("510192000000"))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.statutoryCountyCode()).isEqualTo("510185"));
    assertThat(streets())
        .filteredOn(s -> s.parentCode().equals("510190000000"))
        .extracting(RegionNode::statutoryCountyCode)
        .contains("510107", "510116");
    assertThat(streets())
        .filteredOn(s -> s.parentCode().equals("510104000000"))
        .allSatisfy(s -> assertThat(s.statutoryCountyCode()).isEqualTo("510104"));
  }

  @Test
  void namesAreChineseWithTheKindsSuffixAndUniqueWithinTheirParent() {
    Map<String, List<RegionNode>> byParent =
        nodes.stream().collect(Collectors.groupingBy(RegionNode::parentCode));
    byParent.forEach(
        (parent, children) -> {
          Set<String> names = new HashSet<>();
          children.forEach(c -> assertThat(names.add(c.name())).as(c.name()).isTrue());
        });
    assertThat(nodes)
        .allSatisfy(
            n -> {
              assertThat(n.name()).endsWith(n.kind().label());
              assertThat(n.name()).matches("[\\u4e00-\\u9fff]{3,4}");
            });
  }

  @Test
  void everyStreetHasAtLeastTwoCommunities() {
    Map<String, Long> perStreet =
        communities().stream()
            .collect(Collectors.groupingBy(RegionNode::parentCode, Collectors.counting()));
    assertThat(streets()).allSatisfy(s -> assertThat(perStreet.get(s.code())).isGreaterThan(1));
  }

  private List<RegionNode> streets() {
    return nodes.stream().filter(n -> n.level() == RegionLevel.STREET).toList();
  }

  private List<RegionNode> communities() {
    return nodes.stream().filter(n -> n.level() == RegionLevel.COMMUNITY).toList();
  }

  private static boolean isZone(String countyCode) {
    return Set.of("510190000000", "510191000000", "510192000000").contains(countyCode);
  }
}
