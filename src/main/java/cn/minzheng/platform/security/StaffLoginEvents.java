package cn.minzheng.platform.security;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Spring Security's login events (the audit log listens to them), told the truth about the two
 * steps: a right password alone is not a successful login when a second factor follows; the
 * successful TOTP step is. Deliberately not an {@link AuthenticationEventPublisher} bean itself, so
 * that Spring Boot still provides its default publisher.
 */
final class StaffLoginEvents {

  private final AuthenticationEventPublisher delegate;

  StaffLoginEvents(AuthenticationEventPublisher delegate) {
    this.delegate = delegate;
  }

  /** The publisher of the password step. */
  AuthenticationEventPublisher passwordStep() {
    return new AuthenticationEventPublisher() {
      @Override
      public void publishAuthenticationSuccess(Authentication authentication) {
        if (!(authentication instanceof SecondFactorPending)) {
          delegate.publishAuthenticationSuccess(authentication);
        }
      }

      @Override
      public void publishAuthenticationFailure(
          AuthenticationException exception, Authentication authentication) {
        delegate.publishAuthenticationFailure(exception, authentication);
      }
    };
  }

  void secondFactorPassed(Authentication staff) {
    delegate.publishAuthenticationSuccess(staff);
  }

  void secondFactorFailed(Authentication pending) {
    // A plain BadCredentialsException: the default publisher maps exact exception types only.
    delegate.publishAuthenticationFailure(
        new BadCredentialsException("invalid second factor"), pending);
  }
}
