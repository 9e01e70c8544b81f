package cn.minzheng.region.domain;

import cn.minzheng.region.RegionKind;
import cn.minzheng.region.RegionNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates the streets/townships and communities/villages below the county-level units: a pure
 * function of {@link CountyPlan#CHENGDU}, the same on every run. Codes follow the statistical
 * ranges: township digits 001-099 街道, 100-199 镇, 200-399 乡, 401-599 streets of functional zones;
 * village digits 001-199 社区, 200-399 村.
 */
public final class RegionTreeGenerator {

  /** After the 2019-2020 township reform of Sichuan and after every county-level unit began. */
  static final LocalDate GENERATED_VALID_FROM = LocalDate.of(2020, 6, 1);

  static final String NOTE = "生成数据（无官方街道、社区名录）";

  private RegionTreeGenerator() {}

  /** Streets first within each county, each followed by its communities. */
  public static List<RegionNode> generate() {
    List<RegionNode> nodes = new ArrayList<>();
    Set<String> streetNames = new HashSet<>();
    for (CountyPlan plan : CountyPlan.CHENGDU) {
      generateCounty(plan, streetNames, nodes);
    }
    return List.copyOf(nodes);
  }

  private static void generateCounty(
      CountyPlan plan, Set<String> streetNames, List<RegionNode> out) {
    Random random = new Random(Long.parseLong(plan.countyCode()) * 7919L);
    List<RegionKind> kinds = streetKinds(plan);
    int[] sizes = CommunityAllocation.split(plan.communities(), kinds, random);
    int[] next = {plan.zone() ? 401 : 1, 100, 200};
    for (int i = 0; i < kinds.size(); i++) {
      RegionKind kind = kinds.get(i);
      int slot = plan.zone() ? 0 : kind.ordinal() - RegionKind.SUBDISTRICT.ordinal();
      String code = plan.countyCode() + String.format("%03d", next[slot]++) + "000";
      String statutory = plan.statutoryCounties().get(i % plan.statutoryCounties().size());
      String name = PlaceNames.draw(random, kind.label(), streetNames);
      out.add(node(code, name, kind, plan.countyCode() + "000000", statutory));
      generateCommunities(plan, kind, code, statutory, sizes[i], random, out);
    }
  }

  private static List<RegionKind> streetKinds(CountyPlan plan) {
    List<RegionKind> kinds = new ArrayList<>(plan.streets());
    kinds.addAll(java.util.Collections.nCopies(plan.subdistricts(), RegionKind.SUBDISTRICT));
    kinds.addAll(java.util.Collections.nCopies(plan.towns(), RegionKind.TOWN));
    kinds.addAll(java.util.Collections.nCopies(plan.townships(), RegionKind.TOWNSHIP));
    return kinds;
  }

  private static void generateCommunities(
      CountyPlan plan,
      RegionKind streetKind,
      String streetCode,
      String statutory,
      int count,
      Random random,
      List<RegionNode> out) {
    int residents = residentsCommittees(plan, streetKind, count);
    Set<String> names = new HashSet<>();
    String prefix = streetCode.substring(0, 9);
    for (int i = 0; i < count; i++) {
      boolean community = i < residents;
      RegionKind kind = community ? RegionKind.RESIDENTS_COMMITTEE : RegionKind.VILLAGE;
      int number = community ? i + 1 : 200 + (i - residents);
      String name = PlaceNames.draw(random, kind.label(), names);
      out.add(node(prefix + String.format("%03d", number), name, kind, streetCode, statutory));
    }
  }

  /** How many of a street's units are 社区 (the rest are 村). */
  static int residentsCommittees(CountyPlan plan, RegionKind streetKind, int count) {
    if (plan.urban()) {
      return count;
    }
    return switch (streetKind) {
      case SUBDISTRICT -> (int) Math.ceil(count * 0.7);
      case TOWN -> Math.max(1, Math.round(count * 0.2f));
      default -> 0;
    };
  }

  private static RegionNode node(
      String code, String name, RegionKind kind, String parent, String statutory) {
    return new RegionNode(
        code,
        name,
        kind.level(),
        kind,
        parent,
        statutory,
        GENERATED_VALID_FROM,
        null,
        null,
        null,
        NOTE);
  }
}
