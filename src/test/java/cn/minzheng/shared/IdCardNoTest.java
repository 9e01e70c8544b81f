package cn.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.shared.InvalidIdCardNoException.Reason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB 11643-1999 rules with the vectors of docs/domain-rules.md §1. Check characters in comments are
 * computed by hand: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, S mod 11 -> 1 0 X 9 8 7 6 5 4 3 2.
 */
class IdCardNoTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "440524188001010014", "34052419800101001X"})
  void acceptsTheStandardsValidExamples(String number) {
    assertThat(IdCardNo.parse(number, TODAY).value()).isEqualTo(number);
    assertThat(IdCardNo.isValid(number)).isTrue();
  }

  @Test
  void derivesBirthDateSexAndAddressCode() {
    IdCardNo id = IdCardNo.parse("11010519491231002X", TODAY);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    // sequence 002: the last digit 2 is even
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.addressCode()).isEqualTo("110105");
    // sequence 001: odd
    assertThat(IdCardNo.parse("440524188001010014", TODAY).sex()).isEqualTo(Sex.MALE);
    assertThat(Sex.MALE.label()).isEqualTo("男");
    assertThat(Sex.FEMALE.label()).isEqualTo("女");
  }

  @Test
  void computesAgeInCompletedYears() {
    IdCardNo id = IdCardNo.parse("11010519491231002X", TODAY);
    assertThat(id.ageOn(LocalDate.of(2023, 12, 30))).isEqualTo(73);
    assertThat(id.ageOn(LocalDate.of(2023, 12, 31))).isEqualTo(74);
  }

  @Test
  void acceptsLowerCaseXAndStoresUpperCase() {
    assertThat(IdCardNo.parse("11010519491231002x", TODAY).value()).isEqualTo("11010519491231002X");
  }

  @Test
  void computesCheckCharByIso7064Mod112() {
    assertThat(IdCardNo.checkChar("11010519491231002")).isEqualTo('X');
    assertThat(IdCardNo.checkChar("44052418800101001")).isEqualTo('4');
    assertThat(IdCardNo.checkChar("34052419800101001")).isEqualTo('X');
  }

  @ParameterizedTest
  @ValueSource(chars = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'})
  void refusesIdNumberWithWrongCheckDigit(char wrong) {
    assertCheckDigitRefused("11010519491231002" + wrong);
  }

  @ParameterizedTest
  @ValueSource(chars = {'0', '1', '2', '3', '5', '6', '7', '8', '9', 'X'})
  void refusesEveryCheckCharButTheRightOne(char wrong) {
    assertCheckDigitRefused("44052418800101001" + wrong);
  }

  private static void assertCheckDigitRefused(String number) {
    assertThatThrownBy(() -> IdCardNo.parse(number, TODAY))
        .isInstanceOf(InvalidIdCardNoException.class)
        .hasMessage("身份证号码校验位错误")
        .extracting(e -> ((InvalidIdCardNoException) e).reason())
        .isEqualTo(Reason.CHECK_DIGIT);
    assertThat(IdCardNo.isValid(number)).isFalse();
  }

  @Test
  void upgradesLegacyFifteenDigitNumber() {
    // 110105 491231 002 -> 110105 19491231 002 + check:
    // 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2
    // = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 -> X
    assertThat(IdCardNo.parse("110105491231002", TODAY).value()).isEqualTo("11010519491231002X");
    // 510104 850101 123 -> 510104 19850101 123 + check:
    // 35+9+0+5+0+16+2+9+48+15+0+9+0+5+8+8+6 = 175; 175 mod 11 = 10 -> 2
    IdCardNo upgraded = IdCardNo.parse("510104850101123", TODAY);
    assertThat(upgraded.value()).isEqualTo("510104198501011232");
    assertThat(upgraded.sex()).isEqualTo(Sex.MALE);
  }

  @Test
  void refusesLegacyNumberWithImpossibleDate() {
    assertReason("110105490230002", Reason.BIRTH_DATE);
  }

  @Test
  void acceptsTwentyNinthOfFebruaryInLeapYears() {
    // 2000 is a leap year (divisible by 400). 51010420000229001:
    // 35+9+0+5+0+16+4+0+0+0+0+18+20+45+0+0+2 = 154; 154 mod 11 = 0 -> 1
    assertThat(IdCardNo.parse("510104200002290011", TODAY).birthDate())
        .isEqualTo(LocalDate.of(2000, 2, 29));
    // 2004: 35+9+0+5+0+16+4+0+0+12+0+18+20+45+0+0+4 = 168; 168 mod 11 = 3 -> 9
    assertThat(IdCardNo.parse("510104200402290029", TODAY).birthDate())
        .isEqualTo(LocalDate.of(2004, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5101041900022900", // 1900: divisible by 100, not by 400: no 29 February
        "5101042023022900", // 2023 is not a leap year
        "5101041985023000", // 30 February
        "5101041985130100", // month 13
        "5101041985000100", // month 00
        "5101041985010000", // day 00
        "5101041985043100", // 31 April
      })
  void refusesImpossibleBirthDateWhateverTheCheckChar(String first16) {
    // the sequence's last digit and every check character: the date decides
    for (char check : "0123456789X".toCharArray()) {
      assertReason(first16 + "1" + check, Reason.BIRTH_DATE);
    }
  }

  @Test
  void refusesBirthYearsBefore1870() {
    // 51010418691231001: 35+9+0+5+0+16+2+8+36+27+7+18+30+5+0+0+2 = 200; 200 mod 11 = 2 -> X
    assertReason("51010418691231001X", Reason.BIRTH_DATE);
    // 51010418700101001: 35+9+0+5+0+16+2+8+42+0+0+9+0+5+0+0+2 = 133; 133 mod 11 = 1 -> 0
    assertThat(IdCardNo.isValid("510104187001010010")).isTrue();
  }

  @Test
  void refusesBirthDateAfterToday() {
    // born 1999-12-31: 35+9+0+5+0+16+2+9+54+27+7+18+30+5+0+0+6 = 223; 223 mod 11 = 3 -> 9
    String number = "510104199912310039";
    assertThatThrownBy(() -> IdCardNo.parse(number, LocalDate.of(1999, 12, 30)))
        .isInstanceOfSatisfying(
            InvalidIdCardNoException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.FUTURE_BIRTH_DATE));
  }

  @Test
  void acceptsBirthDateEqualToToday() {
    String number = "510104199912310039";
    assertThat(IdCardNo.parse(number, LocalDate.of(1999, 12, 31)).ageOn(LocalDate.of(1999, 12, 31)))
        .isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "X1010519491231002X", // letter in the address code
        "1101051949123100X2", // X in the sequence
        "11010519491231002Y", // check char neither digit nor X
        "110105194912310O2X", // letter O for zero
        "11010519491231002XX", // 19 characters
        "11010519491231002", // 17 characters
        "11010549123100X", // 15 characters with a letter
        "110105 19491231002X", // blank inside
        "１１０１０５１９４９１２３１００２Ｘ", // full-width digits
      })
  void refusesMalformedNumbers(String number) {
    assertReason(number, Reason.FORMAT);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t", "\n"})
  void refusesNullAndBlank(String number) {
    assertReason(number, Reason.FORMAT);
    assertThat(IdCardNo.isValid(number)).isFalse();
  }

  @Test
  void ignoresSurroundingWhitespaceOfPastedNumbers() {
    assertThat(IdCardNo.parse(" 11010519491231002X\t", TODAY).value())
        .isEqualTo("11010519491231002X");
  }

  @Test
  void neverShowsTheFullNumberInToString() {
    IdCardNo id = IdCardNo.parse("11010519491231002X", TODAY);
    assertThat(id.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
    assertThat(id.masked()).isEqualTo("110105********002X");
  }

  @Test
  void constructorRefusesUnnormalisedValues() {
    assertThatThrownBy(() -> new IdCardNo("11010519491231002x"))
        .isInstanceOf(InvalidIdCardNoException.class);
    assertThatThrownBy(() -> new IdCardNo("110105491231002"))
        .isInstanceOf(InvalidIdCardNoException.class);
  }

  @Test
  void errorMessagesAreChineseAndDoNotContainTheNumber() {
    assertThatThrownBy(() -> IdCardNo.parse("11010519491231002", TODAY))
        .hasMessageContaining("身份证号码")
        .hasMessageNotContaining("110105");
  }

  private static void assertReason(String number, Reason reason) {
    assertThatThrownBy(() -> IdCardNo.parse(number, TODAY))
        .isInstanceOfSatisfying(
            InvalidIdCardNoException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.getMessage()).isEqualTo(reason.message());
            });
  }
}
