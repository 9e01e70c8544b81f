package cn.minzheng.platform.account;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the login needs from staff accounts: look-up, password check with the failure count per
 * client address ({@link LoginFailures}), and the TOTP secret. Administration lives in {@link
 * StaffAccountAdministration}.
 */
@Service
public class StaffAccounts {

  private final StaffAccountRepository repository;
  private final PasswordEncoder passwordEncoder;
  private final LockoutPolicy lockout;
  private final LoginFailures failures;
  private final FieldCipher cipher;
  private volatile String dummyHash;

  StaffAccounts(
      StaffAccountRepository repository,
      PasswordEncoder passwordEncoder,
      LockoutPolicy lockout,
      LoginFailures failures,
      FieldCipher cipher) {
    this.repository = repository;
    this.passwordEncoder = passwordEncoder;
    this.lockout = lockout;
    this.failures = failures;
    this.cipher = cipher;
  }

  public Optional<StaffAccount> findByUsername(String username) {
    return repository.findByUsername(username);
  }

  public List<StaffAccount> enabledWithin(RegionFilter scope, Set<Role> anyOf, int limit) {
    return repository.enabledWithin(scope, anyOf, limit);
  }

  public Optional<StaffAccount> findById(long id) {
    return repository.findById(id);
  }

  /**
   * Checks the password. A wrong one counts against the account from this address. A right one does
   * not clear the count: only a complete login does ({@link #clearFailures}), so that wrong TOTP
   * codes keep counting across password attempts. Callers check {@link #isBlocked} first.
   */
  @Transactional
  public boolean checkPassword(StaffAccount account, String rawPassword, String address) {
    String hash = repository.passwordHash(account.id()).orElseThrow();
    if (!passwordEncoder.matches(rawPassword, hash)) {
      recordFailure(account, address);
      return false;
    }
    if (passwordEncoder.upgradeEncoding(hash)) {
      repository.update(
          account.id(), "password_hash = ?", "system", passwordEncoder.encode(rawPassword));
    }
    return true;
  }

  /** Whether this address is held off the account after too many failures from it. */
  public boolean isBlocked(StaffAccount account, String address) {
    return failures.blocked(account.id(), address, lockout.now());
  }

  /** Spends the same time on an unknown username as on a known one. */
  public void simulatePasswordCheck(String rawPassword) {
    String hash = dummyHash;
    if (hash == null) {
      hash = passwordEncoder.encode("no such account, no such password");
      dummyHash = hash;
    }
    passwordEncoder.matches(rawPassword, hash);
  }

  public Optional<String> totpSecret(long id) {
    return repository.totpSecret(id).map(cipher::decrypt);
  }

  /** Stores a new, not yet confirmed secret (enrolment step one). */
  @Transactional
  public void startTotpEnrolment(long id, String secret, String by) {
    repository.update(
        id,
        "totp_secret = ?, totp_enrolled = false, totp_last_step = null",
        by,
        cipher.encrypt(secret));
  }

  /**
   * Accepts a TOTP time step once: the conditional update makes a replayed code fail even under
   * concurrency. Confirms the enrolment at the same time.
   */
  @Transactional
  public boolean acceptTotpStep(long id, long step, String by) {
    return repository.acceptTotpStep(id, step, by);
  }

  /** Counts a wrong TOTP code like a wrong password; returns whether the address is now blocked. */
  @Transactional
  public boolean recordFailedSecondFactor(StaffAccount account, String address) {
    return recordFailure(account, address) >= lockout.maxAttempts();
  }

  private int recordFailure(StaffAccount account, String address) {
    return failures.record(
        account.id(), address, lockout.maxAttempts(), lockout.now(), lockout.lockUntil());
  }

  /** A complete sign-in forgets the failures from its address. */
  @Transactional
  public void clearFailures(StaffAccount account, String address) {
    failures.clear(account.id(), address);
  }
}
