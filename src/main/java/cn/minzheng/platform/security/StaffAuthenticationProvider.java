package cn.minzheng.platform.security;

import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.account.StaffAccount;
import cn.minzheng.platform.account.StaffAccounts;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
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
    String address = ClientAddress.of(authentication);
    StaffAccount account = accounts.findByUsername(username).orElse(null);
    // An unknown user, a blocked address and a wrong password get the same answer in the same
    // time, so that the login tells nobody which usernames exist. A blocked address is refused
    // before the password is checked: guessing from it stops counting.
    if (account == null || accounts.isBlocked(account, address)) {
      accounts.simulatePasswordCheck(password);
      throw new BadCredentialsException("bad credentials");
    }
    if (!accounts.checkPassword(account, password, address)) {
      throw new BadCredentialsException("bad credentials");
    }
    if (!account.enabled()) {
      throw new DisabledException("disabled");
    }
    if (secondFactorNeeded(account)) {
      return new SecondFactorPending(account.id(), account.username(), account.totpEnrolled());
    }
    accounts.clearFailures(account, address);
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
