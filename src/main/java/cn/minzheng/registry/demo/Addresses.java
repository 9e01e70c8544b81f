package cn.minzheng.registry.demo;

import java.util.SplittableRandom;

/** Street addresses (road, number, building, unit, room), the same form in villages. */
final class Addresses {

  private static final String[] ROADS = {
    "人民南路", "红星路", "东大街", "蜀都大道", "建设路", "府青路", "双林路", "玉林路", "科华北路", "一环路南三段", "二环路东二段", "青年路",
    "光华大道", "天府大道", "锦华路", "沙湾路", "营门口路", "抚琴路", "金沙路", "草市街", "水碾河路", "望江路", "九眼桥路", "驷马桥路", "龙舟路",
    "东风路"
  };

  private Addresses() {}

  static String of(SplittableRandom random) {
    int floor = random.nextInt(1, 33);
    int room = random.nextInt(1, 7);
    return ROADS[random.nextInt(ROADS.length)]
        + random.nextInt(1, 400)
        + "号"
        + random.nextInt(1, 30)
        + "栋"
        + random.nextInt(1, 5)
        + "单元"
        + floor
        + "0"
        + room
        + "室";
  }
}
