package cn.minzheng.elderly.homeservice;

import cn.minzheng.elderly.homeservice.ProviderRoster.ProviderForm;
import cn.minzheng.elderly.homeservice.ProviderRoster.WorkerForm;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field checks of the provider and worker forms. The messages name the field in Chinese; the pages
 * show each one under its field.
 */
public final class ProviderRules {

  static final int MAX_NAME = 100;

  private ProviderRules() {}

  /** Field name to message; empty when the form is complete. */
  public static Map<String, String> errors(ProviderForm f) {
    Map<String, String> errors = new LinkedHashMap<>();
    name(errors, "name", "名称", f.name());
    if (f.regionCode() == null || !f.regionCode().matches("\\d{12}")) {
      errors.put("regionCode", "服务区域：须为12位区划代码");
    }
    if (f.contact() == null || f.contact().isBlank()) {
      errors.put("contact", "联系电话：不能为空");
    } else if (!f.contact().strip().matches("[0-9+\\-() ]{5,30}")) {
      errors.put("contact", "联系电话：只能包含数字、空格和 + - ( )，5至30位");
    }
    return errors;
  }

  public static Map<String, String> errors(WorkerForm f) {
    Map<String, String> errors = new LinkedHashMap<>();
    name(errors, "name", "姓名", f.name());
    if (f.skills() != null && f.skills().strip().length() > 200) {
      errors.put("skills", "技能：不能超过200个字");
    }
    return errors;
  }

  static void check(ProviderForm f) {
    refuse(errors(f));
  }

  static void check(WorkerForm f) {
    refuse(errors(f));
  }

  private static void name(Map<String, String> errors, String key, String label, String value) {
    if (value == null || value.isBlank()) {
      errors.put(key, label + "：不能为空");
    } else if (value.strip().length() > MAX_NAME) {
      errors.put(key, label + "：不能超过" + MAX_NAME + "个字");
    }
  }

  private static void refuse(Map<String, String> errors) {
    if (!errors.isEmpty()) {
      throw new HomeServiceRejected(errors.values().iterator().next());
    }
  }
}
