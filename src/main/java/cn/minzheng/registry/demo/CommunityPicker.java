package cn.minzheng.registry.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Chooses the community of each household: counties by their census population (so the urban
 * districts get most people), inside a county communities more than villages, each with its own
 * size. The first households go round-robin over every community, so none stays empty.
 */
final class CommunityPicker {

  private final List<DemoCommunity> communities;
  private final Weighted<DemoCommunity> weighted;

  CommunityPicker(List<DemoCommunity> communities) {
    if (communities.isEmpty()) {
      throw new IllegalArgumentException("no communities to spread the population over");
    }
    this.communities = communities.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
    this.weighted = Weighted.of(this.communities, weights(this.communities));
  }

  private static double[] weights(List<DemoCommunity> communities) {
    Map<String, Double> localWeightPerCounty = new HashMap<>();
    List<Double> local = new ArrayList<>();
    for (DemoCommunity community : communities) {
      // A community's own size: 0.5-1.5 of the county's mean, from its code (stable).
      double size = 0.5 + (Math.floorMod(community.code().hashCode(), 1000) / 1000.0);
      double weight = (community.village() ? 0.45 : 1.0) * size;
      local.add(weight);
      localWeightPerCounty.merge(community.countyCode(), weight, Double::sum);
    }
    double[] weights = new double[communities.size()];
    for (int i = 0; i < weights.length; i++) {
      String county = communities.get(i).countyCode();
      weights[i] =
          ChengduCounties.population(county) * local.get(i) / localWeightPerCounty.get(county);
    }
    return weights;
  }

  DemoCommunity pick(long householdNo, SplittableRandom random) {
    if (householdNo <= communities.size()) {
      return communities.get((int) (householdNo - 1));
    }
    return weighted.pick(random);
  }
}
