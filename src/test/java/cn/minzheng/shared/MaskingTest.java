package cn.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void idNumberKeepsRegionAndLastFour() {
    assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    assertThat(Masking.idNumber("510104198001011234")).isEqualTo("510104********1234");
  }

  @Test
  void phoneKeepsFirstThreeAndLastFour() {
    assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
  }

  @Test
  void bankAccountKeepsFirstAndLastFour() {
    assertThat(Masking.bankAccount("6222021234567890123")).isEqualTo("6222***********0123");
  }

  @Test
  void valueTooShortToKeepItsEndsIsAllStars() {
    assertThat(Masking.phone("12345")).isEqualTo("*****");
  }

  @Test
  void publicNameKeepsFirstAndLastCharacter() {
    assertThat(Masking.publicName("张小明")).isEqualTo("张*明");
    assertThat(Masking.publicName("欧阳小明")).isEqualTo("欧*明");
  }

  @Test
  void publicNameOfTwoCharactersKeepsTheSurname() {
    assertThat(Masking.publicName("李四")).isEqualTo("李*");
  }

  @Test
  void publicNameOfOneCharacterGetsAStar() {
    assertThat(Masking.publicName("张")).isEqualTo("张*");
  }

  @Test
  void publicNameNeverSplitsACharacterOutsideTheBasicPlane() {
    assertThat(Masking.publicName("𠮷祥云")).isEqualTo("𠮷*云");
    assertThat(Masking.publicName("王𠮷")).isEqualTo("王*");
    assertThat(Masking.publicName("云祥𠮷")).isEqualTo("云*𠮷");
  }

  @Test
  void middleDotNameKeepsFirstAndLastCharacterAndHidesTheLength() {
    assertThat(Masking.publicName("阿依古丽·买买提")).isEqualTo("阿*提");
  }

  @Test
  void masksIdAndMobileNumbersInsideFreeText() {
    assertThat(Masking.inText("查看 11010519491231002X 电话13812345678"))
        .isEqualTo("查看 110105********002X 电话138****5678");
    assertThat(Masking.inText("批次 2024 共 12 人")).isEqualTo("批次 2024 共 12 人");
  }

  @Test
  void keepsNullAsNull() {
    assertThat(Masking.idNumber(null)).isNull();
    assertThat(Masking.phone(null)).isNull();
    assertThat(Masking.publicName(null)).isNull();
  }
}
