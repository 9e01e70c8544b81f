package cn.minzheng.platform.crypto;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys of the field encryption, hex encoded. In production they come from the environment ({@code
 * MINZHENG_CRYPTO_DATA_KEY}, {@code MINZHENG_CRYPTO_INDEX_KEY}), never from the repository.
 *
 * @param dataKey SM4 key (128 bit, 32 hex digits) that encrypts new values
 * @param dataKeyVersion version byte written in front of every ciphertext made with {@code dataKey}
 * @param previousDataKeys older keys by version, still accepted for decryption after a rotation
 *     (environment: {@code MINZHENG_CRYPTO_PREVIOUSDATAKEYS_1=...})
 * @param indexKey HMAC-SM3 key of the blind index (at least 128 bit); separate from the data key so
 *     that the index reveals nothing about the encryption key and vice versa
 * @param allowGeneratedKey when no key is configured, generate one (tests, demo) instead of
 *     refusing to start
 * @param generatedKeyDir where a generated key is kept between starts; empty: only in memory
 */
@ConfigurationProperties("minzheng.crypto")
record CryptoProperties(
    String dataKey,
    @DefaultValue("1") int dataKeyVersion,
    Map<Integer, String> previousDataKeys,
    String indexKey,
    @DefaultValue("false") boolean allowGeneratedKey,
    @DefaultValue("./data/keys") String generatedKeyDir) {

  CryptoProperties {
    previousDataKeys = previousDataKeys == null ? Map.of() : Map.copyOf(previousDataKeys);
    generatedKeyDir = generatedKeyDir == null ? "" : generatedKeyDir;
  }
}
