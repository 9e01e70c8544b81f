package cn.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {

  @Test
  void neutralisesEveryFormulaStart() {
    assertThat(CsvCell.of("=HYPERLINK(\"http://x\",\"点我\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"");
    assertThat(CsvCell.of("+1+cmd|' /C calc'!A0")).isEqualTo("\"'+1+cmd|' /C calc'!A0\"");
    assertThat(CsvCell.of("-2+3")).isEqualTo("\"'-2+3\"");
    assertThat(CsvCell.of("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(CsvCell.of("\t=1")).isEqualTo("\"'\t=1\"");
  }

  @Test
  void keepsNumbersAndOrdinaryTextAsTheyAre() {
    assertThat(CsvCell.of("-120.50")).isEqualTo("\"-120.50\"");
    assertThat(CsvCell.of("910")).isEqualTo("\"910\"");
    assertThat(CsvCell.of("锦江区·𠮷祥社区")).isEqualTo("\"锦江区·𠮷祥社区\"");
    assertThat(CsvCell.of(null)).isEqualTo("\"\"");
  }
}
