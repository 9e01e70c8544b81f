package cn.minzheng.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageSummaryTest {

  private static final String HEADER =
      "GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,"
          + "LINE_MISSED,LINE_COVERED,COMPLEXITY_MISSED,COMPLEXITY_COVERED,METHOD_MISSED,"
          + "METHOD_COVERED";

  @Test
  void sumsEveryClassRowIntoLineAndBranchPercentages() {
    List<String> csv =
        List.of(
            HEADER,
            "minzheng,cn.minzheng.a,One,10,90,1,3,2,18,1,5,0,4",
            "minzheng,cn.minzheng.b,Two,40,60,3,1,1009,971,2,2,1,1",
            "");

    // lines: 989 of 2,000 covered; branches: 4 of 8 covered
    assertThat(CoverageSummary.of(csv).line())
        .isEqualTo("Coverage: lines 49.5 %, branches 50.0 % (989 of 2,000 lines, 4 of 8 branches)");
  }

  @Test
  void aReportWithoutBranchesSaysZeroRatherThanDividingByZero() {
    List<String> csv = List.of(HEADER, "minzheng,cn.minzheng.a,One,0,5,0,0,0,3,0,1,0,1");

    assertThat(CoverageSummary.of(csv).line())
        .isEqualTo("Coverage: lines 100.0 %, branches 0.0 % (3 of 3 lines, 0 of 0 branches)");
  }

  @Test
  void refusesACsvWithoutTheLineColumns() {
    assertThatThrownBy(() -> CoverageSummary.of(List.of("GROUP,PACKAGE,CLASS")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LINE_MISSED");
  }
}
