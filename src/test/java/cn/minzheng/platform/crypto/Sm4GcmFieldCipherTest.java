package cn.minzheng.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Sm4GcmFieldCipherTest {

  private static final byte[] DATA_KEY =
      HexFormat.of().parseHex("0123456789abcdeffedcba9876543210");
  private static final byte[] OTHER_DATA_KEY =
      HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
  private static final byte[] INDEX_KEY =
      HexFormat.of().parseHex("a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0");

  private final Sm4GcmFieldCipher cipher =
      new Sm4GcmFieldCipher(CryptoKeys.of(1, DATA_KEY, INDEX_KEY));

  @Test
  void decryptsWhatItEncryptedIncludingRareCharactersAndEmptyText() {
    for (String value : new String[] {"11010519491231002X", "𠮷祥云", "阿依古丽·买买提", ""}) {
      assertThat(cipher.decrypt(cipher.encrypt(value))).isEqualTo(value);
    }
  }

  @Test
  void storesVersionNonceAndTagAroundTheCiphertext() {
    byte[] stored = cipher.encrypt("13812345678");
    assertThat(stored[0]).isEqualTo((byte) 1);
    assertThat(stored).hasSize(1 + 12 + 11 + 16);
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("13812345678");
  }

  @Test
  void encryptsTheSameValueDifferentlyButIndexesItEqually() {
    byte[] first = cipher.encrypt("11010519491231002X");
    byte[] second = cipher.encrypt("11010519491231002X");
    assertThat(first).isNotEqualTo(second);
    assertThat(cipher.blindIndex("11010519491231002X"))
        .isEqualTo(cipher.blindIndex("11010519491231002X"))
        .hasSize(32)
        .isNotEqualTo(cipher.blindIndex("110105194912310037"));
  }

  @Test
  void blindIndexDependsOnTheIndexKey() {
    var otherIndex =
        HexFormat.of().parseHex("b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0");
    var other = new Sm4GcmFieldCipher(CryptoKeys.of(1, DATA_KEY, otherIndex));
    assertThat(other.blindIndex("11010519491231002X"))
        .isNotEqualTo(cipher.blindIndex("11010519491231002X"));
  }

  @Test
  void refusesToDecryptWithTheWrongKey() {
    byte[] stored = cipher.encrypt("11010519491231002X");
    var wrong = new Sm4GcmFieldCipher(CryptoKeys.of(1, OTHER_DATA_KEY, INDEX_KEY));
    assertThatThrownBy(() -> wrong.decrypt(stored))
        .isInstanceOf(FieldDecryptionException.class)
        .hasMessageNotContaining("11010519491231002X");
  }

  @Test
  void refusesATamperedCiphertextOrVersionByte() {
    byte[] stored = cipher.encrypt("11010519491231002X");
    byte[] flippedBody = stored.clone();
    flippedBody[20] ^= 1;
    assertThatThrownBy(() -> cipher.decrypt(flippedBody))
        .isInstanceOf(FieldDecryptionException.class);
    byte[] truncated = java.util.Arrays.copyOf(stored, stored.length - 1);
    assertThatThrownBy(() -> cipher.decrypt(truncated))
        .isInstanceOf(FieldDecryptionException.class);
  }

  @Test
  void readsValuesOfAPreviousKeyVersionAfterRotation() {
    byte[] old = cipher.encrypt("13812345678");
    var rotated =
        new Sm4GcmFieldCipher(
            CryptoKeys.of(2, OTHER_DATA_KEY, INDEX_KEY)
                .withPreviousKeys(Map.of(1, "0123456789abcdeffedcba9876543210")));
    assertThat(rotated.decrypt(old)).isEqualTo("13812345678");
    assertThat(rotated.encrypt("x")[0]).isEqualTo((byte) 2);
    assertThatThrownBy(() -> cipher.decrypt(rotated.encrypt("x")))
        .isInstanceOf(FieldDecryptionException.class);
  }

  @Test
  void keepsWorkingOnTheSameThreadAfterATamperedValueWasRefused() {
    byte[] stored = cipher.encrypt("11010519491231002X");
    byte[] tampered = stored.clone();
    tampered[tampered.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(FieldDecryptionException.class);
    assertThat(cipher.decrypt(stored)).isEqualTo("11010519491231002X");
    assertThat(cipher.decrypt(cipher.encrypt("13812345678"))).isEqualTo("13812345678");
  }

  @Test
  void threadsEncryptAndIndexIndependently() throws Exception {
    byte[] expectedIndex = cipher.blindIndex("11010519491231002X");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
      for (int t = 0; t < 8; t++) {
        String value = "value-" + t;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    if (!value.equals(cipher.decrypt(cipher.encrypt(value)))
                        || !java.util.Arrays.equals(
                            expectedIndex, cipher.blindIndex("11010519491231002X"))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (var result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void keepsNullAsNull() {
    assertThat(cipher.encrypt(null)).isNull();
    assertThat(cipher.decrypt(null)).isNull();
    assertThat(cipher.blindIndex(null)).isNull();
  }
}
