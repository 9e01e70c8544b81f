package cn.minzheng.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void refusesFewerThanTwelveCharacters() {
    assertThat(PasswordPolicy.violation("Ab1!Ab1!Ab1", "user")).contains("密码至少需要 12 个字符");
  }

  @Test
  void refusesTwoCharacterClasses() {
    assertThat(PasswordPolicy.violation("abcdefghij12", "user")).get().asString().contains("至少三类");
  }

  @Test
  void refusesPasswordContainingTheUsername() {
    assertThat(PasswordPolicy.violation("Wangwei-2026!", "wangwei")).contains("密码不能包含用户名");
  }

  @Test
  void acceptsTwelveCharactersOfThreeClasses() {
    assertThat(PasswordPolicy.violation("abcdefghi12!", "user")).isEmpty();
    assertThat(PasswordPolicy.violation("Demo@2026minzheng", "city_admin")).isEmpty();
  }
}
