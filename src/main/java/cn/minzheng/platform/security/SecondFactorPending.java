package cn.minzheng.platform.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The state between the password and the TOTP step: the password was right, but the account is not
 * yet signed in. It carries no role, so no page but {@code /login/totp} accepts it.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

  static final String AUTHORITY = "SECOND_FACTOR_PENDING";

  private final long accountId;
  private final String username;
  private final boolean enrolled;

  SecondFactorPending(long accountId, String username, boolean enrolled) {
    super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
    this.accountId = accountId;
    this.username = username;
    this.enrolled = enrolled;
    setAuthenticated(true);
  }

  long accountId() {
    return accountId;
  }

  boolean enrolled() {
    return enrolled;
  }

  /** Where the user goes next: the code page, or enrolment when no secret is confirmed yet. */
  String nextStep() {
    return enrolled ? "/login/totp" : "/login/totp/enrol";
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return username;
  }

  @Override
  public String getName() {
    return username;
  }
}
