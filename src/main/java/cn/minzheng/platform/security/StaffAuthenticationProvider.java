package cn.minzheng.platform.security;

import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.account.StaffAccount;
import cn.minzheng.platform.account.StaffAccounts;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The password step of the staff login. Ends in {@link StaffAuthentication}, or in {@link
 * SecondFactorPending} when the account must (role, {@code minzheng.security.totp.enforce}) or
 * chose to (enrolled) pass TOTP as well.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

  private final StaffAccounts accounts;
  private final boolean enforceTotp;

  StaffAuthenticationProvider(
      StaffAccounts accounts,
      @Value("${minzheng.security.totp.enforce:true}") boolean enforceTotp) {
    this.accounts = accounts;
    this.enforceTotp = enforceTotp;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = normalise(authentication.getName());
    String password = String.valueOf(authentication.getCredentials());
    StaffAccount account = accounts.findByUsername(username).orElse(null);
    if (account == null) {
      accounts.simulatePasswordCheck(password);
      throw new BadCredentialsException("bad credentials");
    }
    // A locked account is refused before the password is checked: guessing stops counting.
    if (accounts.isLocked(account)) {
      throw new LockedException("locked");
    }
    if (!accounts.checkPassword(account, password)) {
      throw new BadCredentialsException("bad credentials");
    }
    if (!account.enabled()) {
      throw new DisabledException("disabled");
    }
    if (secondFactorNeeded(account)) {
      return new SecondFactorPending(account.id(), account.username(), account.totpEnrolled());
    }
    accounts.clearFailures(account);
    return StaffAuthentication.of(account.toStaffUser());
  }

  boolean secondFactorNeeded(StaffAccount account) {
    return account.totpEnrolled() || (enforceTotp && account.secondFactorRequired());
  }

  static String normalise(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
