package cn.minzheng.placenames.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.platform.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field rules: 2 to 20 Chinese characters; people's names and foreign words flagged by list. */
class NameRulesTest {

  final NameRules rules = new NameRules(List.of("雷锋"), List.of("曼哈顿"));

  @Test
  void twoAndTwentyCharactersPassOneAndTwentyOneAreRefused() {
    rules.requireWellFormed("name", "蓉路");
    rules.requireWellFormed("name", "一二三四五六七八九十一二三四五六七八九十");

    assertThatThrownBy(() -> rules.requireWellFormed("name", "蓉"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("2至20个汉字");
    assertThatThrownBy(() -> rules.requireWellFormed("name", "一二三四五六七八九十一二三四五六七八九十一"))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> rules.requireWellFormed("name", "A区大道"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("只能由汉字组成");
  }

  @Test
  void aPersonsNameAndAForeignWordAreFlaggedNotRefused() {
    assertThat(rules.flags("雷锋路")).containsExactly("含人名“雷锋”，需审查");
    assertThat(rules.flags("曼哈顿花园")).containsExactly("含外国地名或外语词“曼哈顿”，需审查");
    assertThat(rules.flags("锦城大道")).isEmpty();
  }
}
