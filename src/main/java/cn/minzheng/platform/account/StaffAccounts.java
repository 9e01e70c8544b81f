package cn.minzheng.platform.account;

import cn.minzheng.platform.FieldCipher;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the login needs from staff accounts: look-up, password check with lockout, and the TOTP
 * secret. Administration lives in {@link StaffAccountAdministration}.
 */
@Service
public class StaffAccounts {

  private final StaffAccountRepository repository;
  private final PasswordEncoder passwordEncoder;
  private final LockoutPolicy lockout;
  private final FieldCipher cipher;
  private volatile String dummyHash;

  StaffAccounts(
      StaffAccountRepository repository,
      PasswordEncoder passwordEncoder,
      LockoutPolicy lockout,
      FieldCipher cipher) {
    this.repository = repository;
    this.passwordEncoder = passwordEncoder;
    this.lockout = lockout;
    this.cipher = cipher;
  }

  public Optional<StaffAccount> findByUsername(String username) {
    return repository.findByUsername(username);
  }

  public Optional<StaffAccount> findById(long id) {
    return repository.findById(id);
  }

  /**
   * Checks the password. A wrong one counts towards the lockout. A right one does not clear the
   * count: only a complete login does ({@link #clearFailures}), so that wrong TOTP codes keep
   * counting across password attempts. Callers check the lock before calling.
   */
  @Transactional
  public boolean checkPassword(StaffAccount account, String rawPassword) {
    String hash = repository.passwordHash(account.id()).orElseThrow();
    if (account.lockedUntil() != null && !account.lockedAt(lockout.now())) {
      // An expired lock starts a fresh count, for wrong passwords and wrong TOTP codes alike.
      repository.update(account.id(), "failed_attempts = 0, locked_until = null", "system");
    }
    if (!passwordEncoder.matches(rawPassword, hash)) {
      repository.recordFailure(account.id(), lockout.maxAttempts(), lockout.lockUntil());
      return false;
    }
    if (passwordEncoder.upgradeEncoding(hash)) {
      repository.update(
          account.id(), "password_hash = ?", "system", passwordEncoder.encode(rawPassword));
    }
    return true;
  }

  public boolean isLocked(StaffAccount account) {
    return account.lockedAt(lockout.now());
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

  /** Counts a wrong TOTP code like a wrong password; returns whether the account is now locked. */
  @Transactional
  public boolean recordFailedSecondFactor(StaffAccount account) {
    int failures =
        repository.recordFailure(account.id(), lockout.maxAttempts(), lockout.lockUntil());
    return failures >= lockout.maxAttempts();
  }

  @Transactional
  public void clearFailures(StaffAccount account) {
    if (account.failedAttempts() > 0 || account.lockedUntil() != null) {
      repository.update(account.id(), "failed_attempts = 0, locked_until = null", "system");
    }
  }

  Instant now() {
    return lockout.now();
  }
}
