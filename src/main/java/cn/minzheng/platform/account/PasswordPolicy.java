package cn.minzheng.platform.account;

import java.util.Locale;
import java.util.Optional;

/** Strength rules for staff passwords: at least 12 characters from at least 3 classes. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  private PasswordPolicy() {}

  /** The Chinese reason a password is refused, or empty when it passes. */
  public static Optional<String> violation(String password, String username) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("密码至少需要 " + MIN_LENGTH + " 个字符");
    }
    if (characterClasses(password) < 3) {
      return Optional.of("密码需包含大写字母、小写字母、数字、特殊字符中的至少三类");
    }
    if (username != null
        && !username.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("密码不能包含用户名");
    }
    return Optional.empty();
  }

  static int characterClasses(String password) {
    boolean upper = password.chars().anyMatch(Character::isUpperCase);
    boolean lower = password.chars().anyMatch(Character::isLowerCase);
    boolean digit = password.chars().anyMatch(Character::isDigit);
    boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    int classes = 0;
    for (boolean present : new boolean[] {upper, lower, digit, other}) {
      classes += present ? 1 : 0;
    }
    return classes;
  }
}
