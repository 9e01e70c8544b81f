package cn.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "张三\u202e", // right-to-left override
        "张\u200b三", // zero width space
        "张三\ufeff", // byte order mark inside a value
        "张\u200d三", // zero width joiner
        "张三\u0007", // bell (C0)
        "张三\u0085" // next line (C1)
      })
  void invisibleCharactersAreFound(String name) {
    assertThat(VisibleText.hasInvisibleCharacters(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"𠮷祥", "阿依古丽·买买提", "王小明", "欧阳 娜娜", "Anna-Lena"})
  void visibleNamesPass(String name) {
    assertThat(VisibleText.hasInvisibleCharacters(name)).isFalse();
  }
}
