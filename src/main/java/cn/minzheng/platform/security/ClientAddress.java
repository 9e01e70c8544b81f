package cn.minzheng.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The client address of a sign-in attempt, as Tomcat saw it (behind the reverse proxy, the
 * forwarded client address: see {@code server.forward-headers-strategy}).
 */
final class ClientAddress {

  /** Where the request carried no address (not through the web): one shared bucket. */
  static final String UNKNOWN = "unknown";

  private ClientAddress() {}

  static String of(Authentication attempt) {
    if (attempt.getDetails() instanceof WebAuthenticationDetails details
        && details.getRemoteAddress() != null) {
      return details.getRemoteAddress();
    }
    return UNKNOWN;
  }
}
