package cn.minzheng.platform;

import org.springframework.modulith.NamedInterface;

/**
 * Where the authorization server finds the person who consents to an app: the portal keeps its
 * citizens' sign-in in its own session attribute and signs them in on its own page. The portal
 * implements this; the platform does not know the portal.
 */
@NamedInterface("security")
public interface ResourceOwnerSessions {

  /** The session attribute holding the citizen's {@code SecurityContext}. */
  String securityContextAttribute();

  /**
   * The sign-in page; it returns to the URL in its {@code continue} parameter when that is an
   * authorization request.
   */
  String signInPage();
}
