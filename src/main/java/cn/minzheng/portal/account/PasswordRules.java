package cn.minzheng.portal.account;

import java.util.Map;

/** Citizens' passwords: 8-64 characters with letters and digits, typed twice the same. */
final class PasswordRules {

  private PasswordRules() {}

  static void check(String password, String confirmation, Map<String, String> errors) {
    if (password == null || password.length() < 8 || password.length() > 64) {
      errors.put("password", "密码长度应为8至64位");
    } else if (!password.matches(".*\\p{L}.*") || !password.matches(".*\\d.*")) {
      errors.put("password", "密码须同时包含字母和数字");
    } else if (!password.equals(confirmation)) {
      errors.put("passwordConfirmation", "两次输入的密码不一致");
    }
  }
}
