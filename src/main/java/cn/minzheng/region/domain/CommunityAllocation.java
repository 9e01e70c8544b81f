package cn.minzheng.region.domain;

import cn.minzheng.region.RegionKind;
import java.util.List;
import java.util.Random;

/**
 * Splits a county's number of communities/villages over its streets: at least two each, the rest by
 * weight (towns cover more villages than urban sub-districts), by largest remainder so that the
 * parts add up exactly to the total.
 */
final class CommunityAllocation {

  static final int MINIMUM_PER_STREET = 2;

  private CommunityAllocation() {}

  static int[] split(int total, List<RegionKind> streetKinds, Random random) {
    int n = streetKinds.size();
    double[] weights = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      weights[i] = baseWeight(streetKinds.get(i)) * (0.7 + 0.6 * random.nextDouble());
      sum += weights[i];
    }
    int rest = total - MINIMUM_PER_STREET * n;
    if (rest < 0) {
      throw new IllegalArgumentException("fewer communities than two per street");
    }
    int[] sizes = new int[n];
    double[] remainders = new double[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      double quota = rest * weights[i] / sum;
      sizes[i] = MINIMUM_PER_STREET + (int) Math.floor(quota);
      remainders[i] = quota - Math.floor(quota);
      given += (int) Math.floor(quota);
    }
    for (int k = 0; k < rest - given; k++) {
      int largest = 0;
      for (int i = 1; i < n; i++) {
        if (remainders[i] > remainders[largest]) {
          largest = i;
        }
      }
      sizes[largest]++;
      remainders[largest] = -1;
    }
    return sizes;
  }

  private static double baseWeight(RegionKind kind) {
    return switch (kind) {
      case TOWN -> 1.4;
      case TOWNSHIP -> 0.9;
      default -> 1.0;
    };
  }
}
