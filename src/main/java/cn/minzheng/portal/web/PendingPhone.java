package cn.minzheng.portal.web;

import cn.minzheng.platform.FieldCipher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The phone a code was sent to, waiting in the session encrypted until the code is typed: never in
 * a URL or a hidden field. One attribute per flow (registration, sign-in by code, 忘记密码).
 */
final class PendingPhone {

  private final String attribute;
  private final FieldCipher cipher;

  PendingPhone(String attribute, FieldCipher cipher) {
    this.attribute = attribute;
    this.cipher = cipher;
  }

  void keep(HttpServletRequest request, String phone) {
    request.getSession(true).setAttribute(attribute, cipher.encrypt(phone));
  }

  /** The phone, or null when none waits. */
  String of(HttpSession session) {
    if (session == null || !(session.getAttribute(attribute) instanceof byte[] encrypted)) {
      return null;
    }
    return cipher.decrypt(encrypted);
  }

  void forget(HttpSession session) {
    if (session != null) {
      session.removeAttribute(attribute);
    }
  }
}
