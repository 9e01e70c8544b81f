package cn.minzheng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.audit.ChainVerification.Break;
import cn.minzheng.platform.audit.ChainVerification.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditVerifyCommandTest {

  @Test
  void exitsWithZeroWhenIntactAndOneWhenBroken() {
    assertThat(AuditVerifyCommand.exitCode(ChainVerification.intact(10))).isZero();
    assertThat(
            AuditVerifyCommand.exitCode(
                new ChainVerification(3, List.of(new Break(4, Problem.CONTENT, "aa", "bb")), 1)))
        .isEqualTo(1);
  }

  @Test
  void summaryNamesEveryBrokenEntryAndCountsThoseNotListed() {
    var result =
        new ChainVerification(
            9,
            List.of(
                new Break(4, Problem.LINK, "aa", "bb"),
                new Break(7, Problem.UNCHAINED, null, null)),
            5);

    assertThat(result.summary())
        .contains("5 breaks in 9 entries")
        .contains("first at entry id 4 (previous-hash link mismatch): expected aa, stored bb")
        .contains("also at entry id 7 (entry neither linked nor queued for linking)")
        .contains("and 3 more");
  }
}
