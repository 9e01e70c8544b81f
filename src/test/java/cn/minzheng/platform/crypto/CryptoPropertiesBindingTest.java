package cn.minzheng.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Production keys arrive as environment variables: the documented names must bind. */
class CryptoPropertiesBindingTest {

  @Test
  void bindsKeysFromEnvironmentVariables() {
    var environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                    "MINZHENG_CRYPTO_DATA_KEY", "0123456789abcdeffedcba9876543210",
                    "MINZHENG_CRYPTO_INDEX_KEY", "a1a2a3a4a5a6a7a8a9aaabacadaeafb0",
                    "MINZHENG_CRYPTO_DATA_KEY_VERSION", "2",
                    "MINZHENG_CRYPTO_PREVIOUSDATAKEYS_1", "00112233445566778899aabbccddeeff")));
    CryptoProperties properties =
        new Binder(ConfigurationPropertySources.get(environment))
            .bindOrCreate("minzheng.crypto", CryptoProperties.class);
    assertThat(properties.dataKey()).isEqualTo("0123456789abcdeffedcba9876543210");
    assertThat(properties.indexKey()).isEqualTo("a1a2a3a4a5a6a7a8a9aaabacadaeafb0");
    assertThat(properties.dataKeyVersion()).isEqualTo(2);
    assertThat(properties.previousDataKeys()).containsEntry(1, "00112233445566778899aabbccddeeff");
    assertThat(properties.allowGeneratedKey()).isFalse();
  }
}
