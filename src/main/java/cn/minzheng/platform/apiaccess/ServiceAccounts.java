package cn.minzheng.platform.apiaccess;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.ServiceAccountAuthentication;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service accounts and their tokens. A token is 32 random bytes; only its SM3 digest is stored, so
 * a database dump gives no usable token (a random token needs no salt or slow hash).
 */
@Service
public class ServiceAccounts {

  /** {@code registry:death-report}: module, colon, feed or endpoint family. */
  public static final Pattern SCOPE = Pattern.compile("[a-z][a-z0-9-]*:[a-z][a-z0-9-]*");

  static final String TOKEN_PREFIX = "mzs_";

  private final ServiceAccountRepository repository;
  private final AuditLog audit;
  private final SecureRandom random = new SecureRandom();

  ServiceAccounts(ServiceAccountRepository repository, AuditLog audit) {
    this.repository = repository;
    this.audit = audit;
  }

  /** The new account with its token, which exists nowhere else afterwards. */
  public record IssuedToken(long id, String token) {}

  @Transactional
  public IssuedToken create(String name, String department, Set<String> scopes, String by) {
    Set<String> sorted = new TreeSet<>(scopes);
    if (sorted.isEmpty() || !sorted.stream().allMatch(s -> SCOPE.matcher(s).matches())) {
      throw new IllegalArgumentException("invalid scopes");
    }
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    long id = repository.insert(name, department, sorted, digest(token), by);
    audit.record(
        AuditEvent.success(
            "service-account.create",
            "service_account",
            String.valueOf(id),
            name + " " + department + " " + String.join(",", sorted)));
    return new IssuedToken(id, token);
  }

  public boolean nameTaken(String name) {
    return repository.existsByName(name);
  }

  @Transactional
  public void revoke(long id, String by) {
    if (repository.revoke(id, by) == 1) {
      audit.record(
          AuditEvent.success(
              "service-account.revoke", "service_account", String.valueOf(id), null));
    }
  }

  public List<ServiceAccount> list() {
    return repository.findAll();
  }

  public Optional<ServiceAccount> findById(long id) {
    return repository.findById(id);
  }

  /** The authentication for a presented token, when it belongs to an enabled account. */
  @Transactional
  public Optional<ServiceAccountAuthentication> authenticate(String token) {
    if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 200) {
      return Optional.empty();
    }
    return repository
        .findEnabledByTokenHash(digest(token))
        .map(
            account -> {
              repository.touch(account.id());
              return new ServiceAccountAuthentication(
                  account.id(), account.name(), account.department(), account.scopes());
            });
  }

  static byte[] digest(String token) {
    SM3Digest sm3 = new SM3Digest();
    byte[] input = token.getBytes(StandardCharsets.US_ASCII);
    sm3.update(input, 0, input.length);
    byte[] out = new byte[sm3.getDigestSize()];
    sm3.doFinal(out, 0);
    return out;
  }
}
