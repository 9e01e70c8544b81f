package cn.minzheng.region.domain;

import java.util.Random;
import java.util.Set;

/**
 * Chinese place names that look real: two syllables from lists of common place-name characters and
 * the suffix of the unit's kind. Drawn from a seeded {@link Random}, whose algorithm is fixed by
 * the JDK specification, so the same seed gives the same names on every run and every JVM.
 */
final class PlaceNames {

  private static final String FIRST =
      "青龙桂柳石金华锦安宁兴福泉凤鹤永长清荷太双万五三白红黄高新东西南北文武和平同德仁义光明春" + "玉云天沙马草竹松梅桃莲蜀锦瑞祥嘉康乐丰盛泰隆庆昌顺通汇";
  private static final String SECOND = "河山林桥江湖水溪坝堰湾塘坪岗园门场庙寺院口台阁亭田坡滩井冲坎沟铺店湖岭洲渡源苑";

  private PlaceNames() {}

  /** A name with the given suffix not yet in {@code taken}; the name is added to it. */
  static String draw(Random random, String suffix, Set<String> taken) {
    while (true) {
      char first = FIRST.charAt(random.nextInt(FIRST.length()));
      char second = SECOND.charAt(random.nextInt(SECOND.length()));
      String name = "" + first + second + suffix;
      if (first != second && taken.add(name)) {
        return name;
      }
    }
  }
}
