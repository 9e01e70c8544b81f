package cn.minzheng.organisations.register;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.InvalidInput.FieldMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The registered facts of an organisation that establishment sets and a change may alter: name,
 * domicile and its region, legal representative (a registry person), supervising unit, business
 * scope and registered capital. Checked field by field with Chinese messages.
 */
public record Facts(
    String name,
    String domicile,
    String regionCode,
    @Nullable Long legalRepresentativeId,
    String legalRepresentativeName,
    @Nullable String supervisingUnit,
    String businessScope,
    @Nullable BigDecimal registeredCapital) {

  /** A legal representative: the registry person and the name. */
  public record Representative(long id, String name) {}

  static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("name", "名称");
    LABELS.put("domicile", "住所");
    LABELS.put("region_code", "所在区划");
    LABELS.put("legal_representative_name", "法定代表人");
    LABELS.put("supervising_unit", "业务主管单位");
    LABELS.put("business_scope", "业务范围");
    LABELS.put("registered_capital", "注册资金");
    LABELS.put("status", "登记状态");
    LABELS.put("established", "成立登记");
    LABELS.put("account", "社会组织账号");
  }

  public static String labelOf(String field) {
    return LABELS.getOrDefault(field, field);
  }

  /** Refuses blank or malformed fields, all at once. */
  public Facts checked() {
    List<FieldMessage> errors = new ArrayList<>();
    if (blank(name)) {
      errors.add(new FieldMessage("name", "名称：不能为空"));
    } else if (name.strip().length() > 100) {
      errors.add(new FieldMessage("name", "名称：不能超过100个字"));
    }
    if (blank(domicile)) {
      errors.add(new FieldMessage("domicile", "住所：不能为空"));
    }
    if (regionCode == null || !regionCode.matches("\\d{12}")) {
      errors.add(new FieldMessage("regionCode", "所在区划：须为12位区划代码"));
    }
    if (blank(legalRepresentativeName)) {
      errors.add(new FieldMessage("legalRepresentative", "法定代表人：须选择人口库中的人员"));
    }
    if (blank(businessScope)) {
      errors.add(new FieldMessage("businessScope", "业务范围：不能为空"));
    }
    if (registeredCapital != null
        && (registeredCapital.signum() < 0 || registeredCapital.scale() > 2)) {
      errors.add(new FieldMessage("registeredCapital", "注册资金：须为不小于0的金额，最多两位小数"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new Facts(
        name.strip(),
        domicile.strip(),
        regionCode,
        legalRepresentativeId,
        legalRepresentativeName.strip(),
        blank(supervisingUnit) ? null : supervisingUnit.strip(),
        businessScope.strip(),
        registeredCapital);
  }

  /** The facts as stored columns, for history and change. */
  Map<String, @Nullable String> columns() {
    Map<String, @Nullable String> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("domicile", domicile);
    m.put("region_code", regionCode);
    m.put("legal_representative_name", legalRepresentativeName);
    m.put("supervising_unit", supervisingUnit);
    m.put("business_scope", businessScope);
    m.put(
        "registered_capital", registeredCapital == null ? null : registeredCapital.toPlainString());
    return m;
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
