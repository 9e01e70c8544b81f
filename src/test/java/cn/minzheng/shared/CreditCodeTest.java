package cn.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.shared.CreditCode.Issue;
import cn.minzheng.shared.InvalidCreditCodeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015 (and GB 11714 for position 17) with the vectors of docs/domain-rules.md §1. */
class CreditCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "52420000MJH23339XT", "53420000MJH2448303"})
  void acceptsTheStandardsValidExamples(String code) {
    CreditCode parsed = CreditCode.parse(code);
    assertThat(parsed.value()).isEqualTo(code);
    assertThat(parsed.issues()).isEmpty();
    assertThat(parsed.organisationCodeValid()).isTrue();
    assertThat(CreditCode.isValid(code)).isTrue();
  }

  @Test
  void splitsTheCodeIntoItsParts() {
    CreditCode code = CreditCode.parse("52420000MJH23339XT");
    assertThat(code.registrationAuthority()).isEqualTo(CreditCode.CIVIL_AFFAIRS_AUTHORITY);
    assertThat(code.organisationType()).isEqualTo('2');
    assertThat(code.divisionCode()).isEqualTo("420000");
    assertThat(code.organisationCode()).isEqualTo("MJH23339X");
  }

  @Test
  void computesOrganisationCodeCheckByGb11714() {
    // M000100Y: M=22, Y=34: 22*3+0*7+0*9+0*10+1*5+0*8+0*4+34*2 = 66+5+68 = 139;
    // 139 mod 11 = 7; 11-7 = 4
    assertThat(CreditCode.organisationCodeCheckChar("M000100Y")).isEqualTo('4');
    // MJH23339: M=22, J=19, H=17: 66+133+153+20+15+24+12+18 = 441; 441 mod 11 = 1; 11-1 = 10 -> X
    assertThat(CreditCode.organisationCodeCheckChar("MJH23339")).isEqualTo('X');
    // MJH24483: 66+133+153+20+20+32+32+6 = 462; 462 mod 11 = 0; 11-0 = 11 -> 0
    assertThat(CreditCode.organisationCodeCheckChar("MJH24483")).isEqualTo('0');
  }

  @Test
  void refusesWrongCheckCharStrictlyButKeepsItLeniently() {
    assertThatThrownBy(() -> CreditCode.parse("91350100M000100Y44"))
        .isInstanceOfSatisfying(
            InvalidCreditCodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CHECK_CHAR);
              assertThat(e.getMessage()).isEqualTo("统一社会信用代码校验位错误");
            });
    CreditCode kept = CreditCode.parseLenient("91350100M000100Y44");
    assertThat(kept.issues()).containsExactly(Issue.CHECK_CHAR);
  }

  @Test
  void reportsAWrongOrganisationCodeCheckSeparately() {
    // position 17 changed from 4 to 5, position 18 recomputed so that only GB 11714 fails:
    // values 9 1 3 5 0 1 0 0 M=21 0 0 0 1 0 0 Y=30 5 with weights 1 3 9 27 19 26 16 17 20 29 25
    // 13 8 24 10 30 28: 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+140 = 1668;
    // 1668 mod 31 = 25; 31-25 = 6 -> '6'
    String code = "91350100M000100Y56";
    CreditCode parsed = CreditCode.parse(code);
    assertThat(parsed.checkCharValid()).isTrue();
    assertThat(parsed.organisationCodeValid()).isFalse();
    assertThat(parsed.issues()).containsExactly(Issue.ORGANISATION_CODE_CHECK);
  }

  @Test
  void acceptsLowerCaseAndSurroundingBlanksOnInput() {
    assertThat(CreditCode.parse(" 52420000mjh23339xt ").value()).isEqualTo("52420000MJH23339XT");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y4", // 17 characters
        "91350100M000100Y433", // 19 characters
        "91350100I000100Y43", // I is not in the alphabet
        "91350100O000100Y43", // O
        "91350100S000100Y43", // S
        "91350100V000100Y43", // V
        "91350100Z000100Y43", // Z
        "91350100M000100Y4-", // punctuation
        "913501 0M000100Y43", // blank inside
      })
  void refusesMalformedCodes(String code) {
    assertThatThrownBy(() -> CreditCode.parseLenient(code))
        .isInstanceOfSatisfying(
            InvalidCreditCodeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FORMAT));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\t"})
  void refusesNullAndBlank(String code) {
    assertThat(CreditCode.isValid(code)).isFalse();
    assertThatThrownBy(() -> CreditCode.parseLenient(code))
        .isInstanceOf(InvalidCreditCodeException.class);
  }
}
