package cn.minzheng.monitoring.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.shared.PlausibleDate;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A feed row from another department, fuzzed (Jazzer; {@code fuzz/run}): whatever its cells, the
 * check either stages a row whose values keep the feed's rules or names the refused column with a
 * Chinese reason; it never throws.
 */
class FeedRowFuzzTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  /** The blind index is not what is fuzzed here: any stable bytes will do. */
  private static final FieldCipher CIPHER =
      new FieldCipher() {
        @Override
        public byte[] encrypt(String plaintext) {
          return plaintext.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String decrypt(byte[] ciphertext) {
          return new String(ciphertext, StandardCharsets.UTF_8);
        }

        @Override
        public byte[] blindIndex(String normalisedValue) {
          return normalisedValue.getBytes(StandardCharsets.UTF_8);
        }
      };

  @FuzzTest(maxDuration = "30s")
  void feedRows(FuzzedDataProvider data) {
    FeedType type = data.pickValue(FeedType.values());
    int columns = data.consumeInt(0, 6);
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      cells.add(data.consumeString(64));
    }
    var row = new FeedRowCheck(type, CIPHER, TODAY).check(1, cells);
    if (row.errorField != null) {
      assertThat(row.errorReason).isNotBlank();
      return;
    }
    assertThat(row.date).isBetween(PlausibleDate.EARLIEST, TODAY);
    if (row.amount != null) {
      assertThat(row.amount.signum()).isNotNegative();
      assertThat(row.amount.scale()).isLessThanOrEqualTo(2);
      assertThat(row.amount).isLessThanOrEqualTo(new BigDecimal("999999999999.99"));
    }
    assertThat(row.detail == null || row.detail.length() <= FeedRowCheck.MAX_DETAIL).isTrue();
  }
}
