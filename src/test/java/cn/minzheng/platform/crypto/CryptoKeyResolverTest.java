package cn.minzheng.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CryptoKeyResolverTest {

  private static final String DATA = "0123456789abcdeffedcba9876543210";
  private static final String INDEX = "a1a2a3a4a5a6a7a8a9aaabacadaeafb0";

  @Test
  void refusesToStartWithoutConfiguredKeysOutsideDemoAndTests() {
    var none = new CryptoProperties(null, 1, Map.of(), null, false, "");
    assertThatThrownBy(() -> CryptoKeyResolver.resolve(none, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MINZHENG_CRYPTO_DATA_KEY");
  }

  @Test
  void usesConfiguredKeys() {
    var configured = new CryptoProperties(DATA, 3, Map.of(), INDEX, false, "");
    CryptoKeys keys = CryptoKeyResolver.resolve(configured, false);
    assertThat(keys.currentVersion()).isEqualTo(3);
    assertThat(keys.currentDataKey()).hasSize(16);
  }

  @Test
  void refusesAKeyThatIsNot128BitOrNotHexWithoutEchoingIt() {
    var shortKey = new CryptoProperties("0123456789abcdef", 1, Map.of(), INDEX, false, "");
    assertThatThrownBy(() -> CryptoKeyResolver.resolve(shortKey, false))
        .hasMessageContaining("128 bit");
    var notHex =
        new CryptoProperties("zz23456789abcdeffedcba9876543210", 1, Map.of(), INDEX, false, "");
    assertThatThrownBy(() -> CryptoKeyResolver.resolve(notHex, false))
        .hasMessageNotContaining("zz23456789");
  }

  @Test
  void refusesTheSameKeyForDataAndIndex() {
    var same = new CryptoProperties(DATA, 1, Map.of(), DATA, false, "");
    assertThatThrownBy(() -> CryptoKeyResolver.resolve(same, false)).hasMessageContaining("differ");
  }

  @Test
  void demoGeneratesOwnerOnlyKeyFilesOnceAndReusesThem(@TempDir Path dir) throws Exception {
    var demo = new CryptoProperties(null, 1, Map.of(), null, false, dir.resolve("keys").toString());
    CryptoKeys first = CryptoKeyResolver.resolve(demo, true);
    CryptoKeys second = CryptoKeyResolver.resolve(demo, true);
    assertThat(second.currentDataKey()).isEqualTo(first.currentDataKey());
    assertThat(second.indexKey()).isEqualTo(first.indexKey());
    Path dataKey = dir.resolve("keys/data-key.hex");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataKey)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataKey.getParent())))
        .isEqualTo("rwx------");
  }
}
