package cn.minzheng.registry.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** A fixed weighted choice (cumulative weights, binary search): cheap enough per person. */
final class Weighted<T> {

  private final List<T> items;
  private final double[] cumulative;

  private Weighted(List<T> items, double[] weights) {
    this.items = List.copyOf(items);
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new IllegalArgumentException("negative weight");
      }
      sum += weights[i];
      cumulative[i] = sum;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("no weight");
    }
  }

  static <T> Weighted<T> of(List<T> items, double[] weights) {
    if (items.size() != weights.length || items.isEmpty()) {
      throw new IllegalArgumentException("items and weights differ");
    }
    return new Weighted<>(items, weights);
  }

  /** Pairs given as alternating item, weight: {@code pairs("王", 7.2, "李", 7.1)}. */
  @SuppressWarnings("unchecked")
  static <T> Weighted<T> pairs(Object... itemAndWeight) {
    List<T> items = new ArrayList<>();
    double[] weights = new double[itemAndWeight.length / 2];
    for (int i = 0; i < itemAndWeight.length; i += 2) {
      items.add((T) itemAndWeight[i]);
      weights[i / 2] = ((Number) itemAndWeight[i + 1]).doubleValue();
    }
    return of(items, weights);
  }

  /** Every item with the same weight. */
  static <T> Weighted<T> uniform(List<T> items) {
    double[] weights = new double[items.size()];
    Arrays.fill(weights, 1);
    return of(items, weights);
  }

  T pick(SplittableRandom random) {
    double point = random.nextDouble() * cumulative[cumulative.length - 1];
    int index = Arrays.binarySearch(cumulative, point);
    if (index < 0) {
      index = -index - 1;
    }
    return items.get(Math.min(index, items.size() - 1));
  }

  int size() {
    return items.size();
  }
}
