package cn.minzheng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditVerifyCommandTest {

  @Test
  void exitsWithZeroWhenIntactAndOneWhenBroken() {
    assertThat(AuditVerifyCommand.exitCode(ChainVerification.intact(10))).isZero();
    assertThat(
            AuditVerifyCommand.exitCode(
                ChainVerification.broken(3, 4, ChainVerification.Problem.CONTENT, "aa", "bb")))
        .isEqualTo(1);
  }

  @Test
  void summaryNamesTheBrokenEntry() {
    assertThat(ChainVerification.broken(3, 4, ChainVerification.Problem.LINK, "aa", "bb").summary())
        .contains("id 4")
        .contains("expected aa")
        .contains("stored bb");
  }
}
