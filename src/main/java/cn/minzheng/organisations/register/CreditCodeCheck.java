package cn.minzheng.organisations.register;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.shared.CreditCode;
import java.util.Locale;

/**
 * A credit code entered by hand for a social organisation (domain-rules §1.2): the shared {@link
 * CreditCode} rules, with the field error naming the position that fails — the character that is
 * not in the alphabet, position 1 (registration authority: 5 = civil affairs), position 2 (the
 * organisation's type: 1/2/3), position 17 (the organisation code's own check, GB 11714) or
 * position 18 (the check character, GB 32100). Stored upper-case.
 */
public final class CreditCodeCheck {

  static final String FIELD = "creditCode";
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private CreditCodeCheck() {}

  /** The valid code, or {@link InvalidInput} on field {@code creditCode} naming the position. */
  public static CreditCode check(String raw, OrganisationKind kind) {
    if (raw == null || raw.isBlank()) {
      throw refused("不能为空");
    }
    String code = raw.strip().toUpperCase(Locale.ROOT);
    if (code.length() != 18) {
      throw refused("应为18位，现为" + code.length() + "位");
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        throw refused("第" + (i + 1) + "位“" + code.charAt(i) + "”不是有效字符（数字或除I、O、S、V、Z外的大写字母）");
      }
    }
    CreditCode parsed = CreditCode.parseLenient(code);
    if (!parsed.checkCharValid()) {
      throw refused("第18位（校验码）与前17位不符，请逐位核对");
    }
    if (!parsed.organisationCodeValid()) {
      throw refused("第17位（组织机构代码校验码）与第9至16位不符，请核对第9至17位");
    }
    if (parsed.registrationAuthority() != CreditCode.CIVIL_AFFAIRS_AUTHORITY) {
      throw refused("第1位（登记管理部门代码）应为5（民政），现为" + parsed.registrationAuthority());
    }
    if (parsed.organisationType() != kind.typeDigit()) {
      throw refused(
          "第2位（机构类别代码）应为"
              + kind.typeDigit()
              + "（"
              + kind.label()
              + "），现为"
              + parsed.organisationType());
    }
    return parsed;
  }

  private static InvalidInput refused(String why) {
    return new InvalidInput(FIELD, "统一社会信用代码：" + why);
  }
}
