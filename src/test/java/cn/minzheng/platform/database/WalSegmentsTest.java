package cn.minzheng.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WalSegmentsTest {

  @Test
  void countsAcrossTheEndOfALogFile() {
    List<String> segments =
        WalSegments.between("0000000100000000000000FE", "000000010000000100000001");
    assertThat(segments)
        .containsExactly(
            "0000000100000000000000FE",
            "0000000100000000000000FF",
            "000000010000000100000000",
            "000000010000000100000001");
  }

  @Test
  void oneSegmentWhenStartAndEndShareIt() {
    assertThat(WalSegments.between("000000010000000000000002", "000000010000000000000002"))
        .containsExactly("000000010000000000000002");
  }

  @Test
  void refusesTwoTimelines() {
    assertThatThrownBy(
            () -> WalSegments.between("000000010000000000000002", "000000020000000000000003"))
        .hasMessageContaining("two timelines");
  }

  @Test
  void readsTheStartSegmentFromTheBackupLabel() {
    String label =
        """
        START WAL LOCATION: 0/2000028 (file 000000010000000000000002)
        CHECKPOINT LOCATION: 0/2000080
        BACKUP METHOD: streamed
        """;
    assertThat(ClusterBackup.firstSegmentOf(label)).isEqualTo("000000010000000000000002");
  }
}
