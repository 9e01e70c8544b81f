package cn.minzheng.elderly.allowance;

import cn.minzheng.elderly.allowance.AllowanceBands.NewBand;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** A band set must be non-empty, positive and without overlapping ages (one amount per age). */
final class BandRules {

  private BandRules() {}

  static void check(List<NewBand> bands) {
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("至少需要一个年龄档");
    }
    List<NewBand> sorted = bands.stream().sorted(Comparator.comparingInt(NewBand::minAge)).toList();
    for (int i = 0; i < sorted.size(); i++) {
      NewBand b = sorted.get(i);
      if (b.label() == null || b.label().isBlank()) {
        throw new IllegalArgumentException("档次名称不能为空");
      }
      if (b.monthlyAmount() == null || b.monthlyAmount().compareTo(BigDecimal.ZERO) <= 0) {
        throw new IllegalArgumentException("月标准必须大于0元");
      }
      if (b.maxAge() != null && b.maxAge() < b.minAge()) {
        throw new IllegalArgumentException("最高年龄不能小于起始年龄");
      }
      boolean last = i == sorted.size() - 1;
      if (!last && (b.maxAge() == null || b.maxAge() >= sorted.get(i + 1).minAge())) {
        throw new IllegalArgumentException("年龄档不能重叠");
      }
    }
  }
}
