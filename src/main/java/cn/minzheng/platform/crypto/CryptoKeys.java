package cn.minzheng.platform.crypto;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** The key material in use: the current data key and its version, older data keys, index key. */
record CryptoKeys(int currentVersion, Map<Integer, byte[]> dataKeys, byte[] indexKey) {

  static final int SM4_KEY_BYTES = 16;
  static final int MIN_INDEX_KEY_BYTES = 16;

  CryptoKeys {
    if (currentVersion < 0 || currentVersion > 255) {
      throw new IllegalArgumentException("minzheng.crypto.data-key-version must be 0..255");
    }
    if (!dataKeys.containsKey(currentVersion)) {
      throw new IllegalArgumentException("no data key for the current version " + currentVersion);
    }
    dataKeys.forEach(
        (version, key) -> {
          if (key.length != SM4_KEY_BYTES) {
            throw new IllegalArgumentException(
                "SM4 data key version " + version + " must be 128 bit (32 hex digits)");
          }
        });
    if (indexKey.length < MIN_INDEX_KEY_BYTES) {
      throw new IllegalArgumentException("index key must have at least 128 bit (32 hex digits)");
    }
    if (java.util.Arrays.equals(indexKey, dataKeys.get(currentVersion))) {
      throw new IllegalArgumentException("the index key must differ from the data key");
    }
    dataKeys = Map.copyOf(dataKeys);
  }

  static CryptoKeys of(int version, byte[] dataKey, byte[] indexKey) {
    return new CryptoKeys(version, Map.of(version, dataKey), indexKey);
  }

  byte[] currentDataKey() {
    return dataKeys.get(currentVersion);
  }

  CryptoKeys withPreviousKeys(Map<Integer, String> previousHex) {
    Map<Integer, byte[]> all = new HashMap<>();
    previousHex.forEach((version, hex) -> all.put(version, parseHex(hex, "previous data key")));
    all.put(currentVersion, currentDataKey());
    return new CryptoKeys(currentVersion, all, indexKey);
  }

  static byte[] parseHex(String hex, String what) {
    try {
      return HexFormat.of().parseHex(hex.strip());
    } catch (IllegalArgumentException e) {
      // The message must not echo the value: it is a secret.
      throw new IllegalArgumentException(what + " is not valid hex");
    }
  }
}
