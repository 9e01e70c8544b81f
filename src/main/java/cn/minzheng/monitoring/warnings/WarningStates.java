package cn.minzheng.monitoring.warnings;

import java.util.Map;

/** Chinese labels of states, disposals and levels. */
public final class WarningStates {

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("PENDING", "待处置"),
          Map.entry("NEW", "新预警"),
          Map.entry("ASSIGNED", "已认领"),
          Map.entry("HANDLED", "已处置"),
          Map.entry("CLOSED", "已关闭"),
          Map.entry("VISIT", "入户走访"),
          Map.entry("ASSISTANCE_STARTED", "启动救助"),
          Map.entry("BENEFIT_ADJUSTED", "调整待遇"),
          Map.entry("FALSE_ALARM", "误报"),
          Map.entry("RED", "红色"),
          Map.entry("ORANGE", "橙色"),
          Map.entry("YELLOW", "黄色"));

  private WarningStates() {}

  public static String label(String code) {
    return code == null ? "" : LABELS.getOrDefault(code, code);
  }
}
