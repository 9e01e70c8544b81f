package cn.minzheng.disability.subsidy;

import cn.minzheng.registry.DisabilityCategory;

/** Labels of the registry's 残疾类别 codes. */
public final class Categories {

  private Categories() {}

  public static String label(String code) {
    try {
      return DisabilityCategory.valueOf(code).label();
    } catch (IllegalArgumentException unknown) {
      return code;
    }
  }
}
