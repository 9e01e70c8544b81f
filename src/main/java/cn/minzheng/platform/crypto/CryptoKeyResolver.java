package cn.minzheng.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

/**
 * Where the keys come from: configuration first. Without configured keys the application refuses to
 * start, unless generated keys are allowed (demo profile, tests): then a key is generated once and
 * kept in an owner-only file, with a loud warning.
 */
final class CryptoKeyResolver {

  private static final Logger log = LoggerFactory.getLogger(CryptoKeyResolver.class);

  private CryptoKeyResolver() {}

  static CryptoKeys resolve(CryptoProperties properties, boolean demo) {
    boolean dataConfigured = StringUtils.hasText(properties.dataKey());
    boolean indexConfigured = StringUtils.hasText(properties.indexKey());
    if (dataConfigured != indexConfigured) {
      throw new IllegalStateException(
          "Configure both minzheng.crypto.data-key and minzheng.crypto.index-key, or neither.");
    }
    if (dataConfigured) {
      return CryptoKeys.of(
              properties.dataKeyVersion(),
              CryptoKeys.parseHex(properties.dataKey(), "minzheng.crypto.data-key"),
              CryptoKeys.parseHex(properties.indexKey(), "minzheng.crypto.index-key"))
          .withPreviousKeys(properties.previousDataKeys());
    }
    if (!properties.allowGeneratedKey() && !demo) {
      throw new IllegalStateException(
          "No field encryption key configured. Set minzheng.crypto.data-key and"
              + " minzheng.crypto.index-key (environment MINZHENG_CRYPTO_DATA_KEY and"
              + " MINZHENG_CRYPTO_INDEX_KEY, 32 hex digits each, different keys)."
              + " Generated keys are only allowed in the demo profile.");
    }
    return generated(properties);
  }

  private static CryptoKeys generated(CryptoProperties properties) {
    String dir = properties.generatedKeyDir();
    byte[] dataKey;
    byte[] indexKey;
    if (dir.isBlank()) {
      dataKey = randomKey(CryptoKeys.SM4_KEY_BYTES);
      indexKey = randomKey(32);
    } else {
      Path folder = Path.of(dir).toAbsolutePath();
      dataKey = loadOrCreate(folder.resolve("data-key.hex"), CryptoKeys.SM4_KEY_BYTES);
      indexKey = loadOrCreate(folder.resolve("index-key.hex"), 32);
    }
    log.warn(
        "\n*****************************************************************************\n"
            + "* FIELD ENCRYPTION USES A GENERATED LOCAL KEY ({}).\n"
            + "* NOT FOR PRODUCTION: configure MINZHENG_CRYPTO_DATA_KEY and\n"
            + "* MINZHENG_CRYPTO_INDEX_KEY from your key management instead.\n"
            + "*****************************************************************************",
        dir.isBlank() ? "in memory only" : dir);
    return CryptoKeys.of(properties.dataKeyVersion(), dataKey, indexKey);
  }

  private static byte[] loadOrCreate(Path file, int bytes) {
    try {
      if (Files.exists(file)) {
        return CryptoKeys.parseHex(
            Files.readString(file, StandardCharsets.US_ASCII), file.toString());
      }
      Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
      byte[] key = randomKey(bytes);
      Files.createFile(file, ownerOnly("rw-------"));
      Files.writeString(file, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("generated key file " + file + " could not be used", e);
    }
  }

  private static FileAttribute<?>[] ownerOnly(String permissions) {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
    };
  }

  private static byte[] randomKey(int bytes) {
    byte[] key = new byte[bytes];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
