package cn.minzheng.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.organisations.register.CreditCodeCheck;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.platform.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * domain-rules §1.2: the vectors of the rules, and a wrong character at every one of the 18
 * positions refused with a field error on {@code creditCode} naming a position.
 */
class CreditCodeCheckTest {

  static final String SOCIAL_SERVICE_AGENCY = "52420000MJH23339XT";
  static final String FOUNDATION = "53420000MJH2448303";
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  @Test
  void theVectorsOfTheRulesPassForTheirTypeAndAreStoredUpperCase() {
    assertThat(
            CreditCodeCheck.check(SOCIAL_SERVICE_AGENCY, OrganisationKind.SOCIAL_SERVICE_AGENCY)
                .value())
        .isEqualTo(SOCIAL_SERVICE_AGENCY);
    assertThat(CreditCodeCheck.check(" 53420000mjh2448303 ", OrganisationKind.FOUNDATION).value())
        .isEqualTo(FOUNDATION);
  }

  @Test
  void aCodeOfAnotherAuthorityOrTypeNamesPositionOneOrTwo() {
    // 91…: a valid code of the market regulator (position 1 = 9), not civil affairs
    assertRefused("91350100M000100Y43", OrganisationKind.SOCIAL_GROUP, "第1位（登记管理部门代码）应为5");
    assertRefused(SOCIAL_SERVICE_AGENCY, OrganisationKind.FOUNDATION, "第2位（机构类别代码）应为3（基金会），现为2");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18})
  void aWrongCharacterAtEachPositionIsRefused(int position) {
    String code = SOCIAL_SERVICE_AGENCY;
    for (int shift = 1; shift < ALPHABET.length(); shift++) {
      char original = code.charAt(position - 1);
      char wrong = ALPHABET.charAt((ALPHABET.indexOf(original) + shift) % ALPHABET.length());
      String typo = code.substring(0, position - 1) + wrong + code.substring(position);
      // position 18 weighs every other position by a weight prime to 31: any single change shows
      // there
      assertRefused(typo, OrganisationKind.SOCIAL_SERVICE_AGENCY, "第18位（校验码）与前17位不符");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 9, 17, 18})
  void aCharacterOutsideTheAlphabetNamesItsPosition(int position) {
    String typo =
        SOCIAL_SERVICE_AGENCY.substring(0, position - 1)
            + "I"
            + SOCIAL_SERVICE_AGENCY.substring(position);
    assertRefused(typo, OrganisationKind.SOCIAL_SERVICE_AGENCY, "第" + position + "位“I”不是有效字符");
  }

  @Test
  void aWrongOrganisationCodeCheckWithARecomputedCheckCharacterNamesPositionSeventeen() {
    String first17 = "52420000MJH23339" + "1"; // position 17 should be X
    String code = first17 + cn.minzheng.shared.CreditCode.checkChar(first17);
    assertRefused(code, OrganisationKind.SOCIAL_SERVICE_AGENCY, "第17位（组织机构代码校验码）");
  }

  @Test
  void aWrongLengthSaysTheLength() {
    assertRefused("52420000MJH23339X", OrganisationKind.SOCIAL_SERVICE_AGENCY, "应为18位，现为17位");
    assertRefused(" ", OrganisationKind.SOCIAL_SERVICE_AGENCY, "不能为空");
  }

  private static void assertRefused(String code, OrganisationKind kind, String message) {
    assertThatThrownBy(() -> CreditCodeCheck.check(code, kind))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.field()).isEqualTo("creditCode");
              assertThat(e.getMessage()).contains(message).startsWith("统一社会信用代码：");
            });
  }
}
