package cn.minzheng.registry.domain.validation;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionHierarchy;
import org.springframework.stereotype.Component;

/**
 * Region fields of the registry. The residence region (居住地) is the data-scope region of a person
 * and must lie in the caller's subtree; the household-registration region (户籍地) may be anywhere in
 * China (people registered elsewhere live here), so it is only checked for its form.
 */
@Component
public class RegionRules {

  private final DataScope scope;
  private final RegionHierarchy regions;

  RegionRules(DataScope scope, RegionHierarchy regions) {
    this.scope = scope;
    this.regions = regions;
  }

  public String residence(String value, FormReader r) {
    return scoped("residenceRegionCode", "居住地区划", value, r);
  }

  /** A region a household or person is placed in: known, and inside the caller's scope. */
  public String scoped(String field, String label, String value, FormReader r) {
    String code = FormReader.trimToNull(value);
    if (code == null) {
      r.error(field, label + "不能为空");
      return null;
    }
    if (!code.matches("[0-9]{12}")) {
      r.error(field, label + "应为12位统计用区划代码");
      return null;
    }
    if (!known(code) || !scope.permits(code)) {
      r.error(field, label + "不存在或不在您的管辖范围内");
      return null;
    }
    return code;
  }

  public String hukou(String value, FormReader r) {
    String code = FormReader.trimToNull(value);
    if (code == null) {
      return null;
    }
    if (code.matches("[0-9]{6}")) {
      return code + "000000";
    }
    if (!code.matches("[0-9]{12}")) {
      r.error("hukouRegionCode", "户籍地区划应为6位或12位区划代码");
      return null;
    }
    return code;
  }

  /** The tree answers a code itself as the name of an unknown code. */
  boolean known(String code) {
    return !code.equals(regions.nameOf(code));
  }
}
