package cn.minzheng.portal;

import java.time.Instant;

/**
 * Delivers one-time codes to a citizen's phone. Pluggable: the development sender shows them on an
 * administrators' page; production plugs in the SMS gateway. Implementations must never log the
 * phone number or the code.
 */
public interface OneTimeCodeSender {

  void send(String phone, String code, Purpose purpose, Instant expiresAt);

  /**
   * False while no way to deliver codes is configured: the pages that would send one say so to
   * everybody alike, before any phone number is looked at.
   */
  default boolean available() {
    return true;
  }

  /** What a code is for; a code only works for its own purpose. */
  enum Purpose {
    REGISTER("注册"),
    SIGN_IN("登录"),
    RESET_PASSWORD("找回密码"),
    EXISTENCE_CHECK("高龄津贴生存认证");

    private final String label;

    Purpose(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
