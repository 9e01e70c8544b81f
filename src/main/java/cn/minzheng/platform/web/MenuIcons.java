package cn.minzheng.platform.web;

import java.util.Map;

/**
 * The icon of each menu group (Bootstrap Icons, from the WebJar: no CDN), by the group's name as
 * the modules' {@code MenuItem}s spell it. A group not listed gets {@link #OTHER}; {@code
 * StaffMenuTest} fails on such a group, so that a new module's menu gets its own.
 */
final class MenuIcons {

  static final String OTHER = "folder";

  private static final Map<String, String> BY_GROUP =
      Map.ofEntries(
          Map.entry("工作台", "house-door"),
          Map.entry("驾驶舱", "speedometer2"),
          Map.entry("人口与家庭", "people"),
          Map.entry("社会救助", "life-preserver"),
          Map.entry("动态监测", "activity"),
          Map.entry("救助管理", "hospital"),
          Map.entry("婚姻登记", "heart"),
          Map.entry("资金发放", "cash-coin"),
          Map.entry("养老服务", "person-wheelchair"),
          Map.entry("儿童福利", "balloon-heart"),
          Map.entry("残疾人福利", "universal-access"),
          Map.entry("殡葬管理", "flower1"),
          Map.entry("群众服务", "star-half"),
          Map.entry("社会组织", "diagram-3"),
          Map.entry("社会工作", "person-hearts"),
          Map.entry("地名管理", "signpost-2"),
          Map.entry("安全审计", "journal-check"),
          Map.entry("系统管理", "gear"),
          Map.entry("安全管理", "shield-lock"));

  private MenuIcons() {}

  static String of(String group) {
    return BY_GROUP.getOrDefault(group, OTHER);
  }

  static boolean known(String group) {
    return BY_GROUP.containsKey(group);
  }
}
