package cn.minzheng.platform.security.oauth;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.FieldCipher;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The token signing keys, kept in {@code platform.oauth_signing_key} (SM4-GCM encrypted) so that
 * every node signs with the same key and a restart keeps them. A rotation publishes the new key
 * first and lets it sign only after {@link OAuthProperties#keyPublishLead()}; a key replaced as
 * signer stays published for one access-token lifetime more, so its tokens stay valid until they
 * expire.
 */
@Component
class SigningKeys {

  private static final int RSA_BITS = 2048;

  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final AuditLog audit;
  private final OAuthProperties properties;
  private volatile Clock clock = Clock.systemUTC();

  SigningKeys(JdbcClient jdbc, FieldCipher cipher, AuditLog audit, OAuthProperties properties) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.audit = audit;
    this.properties = properties;
  }

  /** A key with when it is published and when it starts signing. */
  record StoredKey(RSAKey key, Instant createdAt, Instant signsFrom) {}

  /** The key that signs now: the newest whose signing time has come; the first one is made here. */
  @Transactional
  RSAKey signingKey() {
    Instant now = now();
    List<StoredKey> keys = keys();
    StoredKey signing = signingAt(keys, now);
    if (signing != null) {
      return signing.key();
    }
    // No key yet (first start): it may sign at once, there are no tokens to keep valid.
    jdbc.sql("select pg_advisory_xact_lock(hashtext('platform.oauth_signing_key'))")
        .query()
        .singleRow();
    signing = signingAt(keys(), now);
    return signing != null ? signing.key() : insert(now, now).key();
  }

  /** The keys a verifier accepts now (the JWKS): published, and not retired long enough ago. */
  JWKSet published() {
    Instant now = now();
    List<StoredKey> keys = keys();
    List<com.nimbusds.jose.jwk.JWK> published = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      StoredKey key = keys.get(i);
      Instant retiredAt = retiredAt(keys, i, now);
      boolean stillVerifies =
          retiredAt == null || now.isBefore(retiredAt.plus(properties.accessTokenTtl()));
      if (!key.createdAt().isAfter(now) && stillVerifies) {
        published.add(key.key());
      }
    }
    return new JWKSet(published);
  }

  /**
   * Publishes a new key that signs from {@code keyPublishLead} on. Unless one is already waiting:
   * two rotations in a row publish one key.
   */
  @Transactional
  StoredKey rotate() {
    Instant now = now();
    jdbc.sql("select pg_advisory_xact_lock(hashtext('platform.oauth_signing_key'))")
        .query()
        .singleRow();
    for (StoredKey key : keys()) {
      if (key.signsFrom().isAfter(now)) {
        return key;
      }
    }
    StoredKey key = insert(now, now.plus(properties.keyPublishLead()));
    audit.record(
        AuditEvent.success(
            "oauth.signing-key.rotate",
            "oauth_signing_key",
            key.key().getKeyID(),
            "signs from " + key.signsFrom()));
    return key;
  }

  /** Hourly: a signing key older than {@code keyRotation} is replaced. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void rotateWhenDue() {
    Instant now = now();
    StoredKey signing = signingAt(keys(), now);
    if (signing != null && !signing.signsFrom().plus(properties.keyRotation()).isAfter(now)) {
      rotate();
    }
  }

  /** Keys retired longer ago than a token lives verify nothing: removed. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
  void forgetRetired() {
    Instant now = now();
    List<StoredKey> keys = keys();
    for (int i = 0; i < keys.size(); i++) {
      Instant retiredAt = retiredAt(keys, i, now);
      if (retiredAt != null
          && retiredAt.plus(properties.accessTokenTtl().multipliedBy(2)).isBefore(now)) {
        jdbc.sql("delete from platform.oauth_signing_key where kid = ?")
            .param(keys.get(i).key().getKeyID())
            .update();
      }
    }
  }

  /** PostgreSQL keeps microseconds: a finer instant could round up past the present when stored. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** For tests: rotation and retirement are about time. */
  void useClock(Clock clock) {
    this.clock = clock;
  }

  List<StoredKey> keys() {
    return jdbc.sql(
            "select jwk, created_at, signs_from from platform.oauth_signing_key order by signs_from, kid")
        .query(
            (rs, n) ->
                new StoredKey(
                    parse(cipher.decrypt(rs.getBytes(1))),
                    rs.getTimestamp(2).toInstant(),
                    rs.getTimestamp(3).toInstant()))
        .list();
  }

  private static StoredKey signingAt(List<StoredKey> keys, Instant now) {
    StoredKey signing = null;
    for (StoredKey key : keys) {
      if (!key.signsFrom().isAfter(now)) {
        signing = key;
      }
    }
    return signing;
  }

  /** When the key at {@code index} stopped signing: the next key's start, if that has come. */
  private static Instant retiredAt(List<StoredKey> keys, int index, Instant now) {
    if (index + 1 < keys.size() && !keys.get(index + 1).signsFrom().isAfter(now)) {
      return keys.get(index + 1).signsFrom();
    }
    return null;
  }

  private StoredKey insert(Instant createdAt, Instant signsFrom) {
    RSAKey key;
    try {
      key =
          new RSAKeyGenerator(RSA_BITS)
              .keyID(UUID.randomUUID().toString())
              .keyUse(KeyUse.SIGNATURE)
              .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("RSA key generation failed", e);
    }
    jdbc.sql(
            "insert into platform.oauth_signing_key (kid, jwk, created_at, signs_from) values (?, ?, ?, ?)")
        .param(key.getKeyID())
        .param(cipher.encrypt(key.toJSONString()))
        .param(Timestamp.from(createdAt))
        .param(Timestamp.from(signsFrom))
        .update();
    return new StoredKey(key, createdAt, signsFrom);
  }

  private static RSAKey parse(String json) {
    try {
      return RSAKey.parse(json);
    } catch (ParseException e) {
      throw new IllegalStateException("stored signing key unreadable", e);
    }
  }
}
