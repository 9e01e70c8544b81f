package cn.minzheng.assistance.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The standard form refuses, naming the field, what its columns cannot hold (amounts are
 * numeric(10, 2), multipliers numeric(5, 2)) and dates nobody could mean, instead of failing in the
 * database.
 */
class StandardFormTest {

  private static StandardForm form() {
    StandardForm f = new StandardForm();
    f.setAreaCode("510104000000");
    f.setEffectiveFrom("2027-01-01");
    f.setDibaoStandard("950");
    f.setBasis("成民发〔2026〕1号");
    return f;
  }

  @Test
  void aStandardTooLargeForItsColumnIsRefusedNamingTheField() {
    StandardForm f = form();
    f.setDibaoStandard("100000000");
    f.setTekunMultiplier("1000");
    assertThat(f.toStandard()).isNull();
    assertThat(f.errors).contains("低保标准：须小于100000000", "特困基本生活倍数：须小于1000");
  }

  @Test
  void theLargestValuesTheColumnsHoldAreAccepted() {
    StandardForm f = form();
    f.setDibaoStandard("99999999.99");
    f.setTekunMultiplier("999.99");
    f.setLinshiCountyMultiple("999.99");
    f.toStandard();
    assertThat(f.errors).noneMatch(e -> e.startsWith("低保标准") || e.startsWith("特困基本生活倍数"));
  }

  @Test
  void anExponentOrAnAbsurdDateIsRefused() {
    StandardForm f = form();
    f.setDibaoStandard("1e3");
    f.setEffectiveFrom("2101-01-01");
    assertThat(f.toStandard()).isNull();
    assertThat(f.errors).contains("低保标准：请填写数字", "生效日期：日期超出合理范围（1900-01-01 至 2100-12-31）");
  }
}
