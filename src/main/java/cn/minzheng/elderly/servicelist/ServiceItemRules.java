package cn.minzheng.elderly.servicelist;

import cn.minzheng.elderly.servicelist.ServiceList.ItemVersion;

/** Every field of a list item is required; messages name the field. */
final class ServiceItemRules {

  private ServiceItemRules() {}

  static void check(ItemVersion v) {
    if (v.code() == null || !v.code().matches("[A-Z]{2}-\\d{2,3}")) {
      throw new IllegalArgumentException("编号：格式如 ZH-01");
    }
    if (v.category() == null) {
      throw new IllegalArgumentException("类别：请选择");
    }
    required(v.name(), "服务项目");
    required(v.targetGroup(), "服务对象");
    required(v.content(), "服务内容");
    required(v.standard(), "服务标准");
    required(v.provider(), "提供主体");
    required(v.funding(), "资金来源");
  }

  private static void required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + "：不能为空");
    }
  }
}
