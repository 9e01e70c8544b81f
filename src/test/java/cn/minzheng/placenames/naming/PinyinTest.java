package cn.minzheng.placenames.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GB/T 16159 spelling of place names: proposed from the characters, searched without tones. */
class PinyinTest {

  @Test
  void theSpecificPartIsOneCapitalisedWordAndTheGenericTermAnother() {
    assertThat(Pinyin.of("春熙路")).isEqualTo("Chūnxī Lù");
    assertThat(Pinyin.of("人民南路")).isEqualTo("Rénmín Nánlù");
    assertThat(Pinyin.of("天府广场")).isEqualTo("Tiānfǔ Guǎngchǎng");
  }

  @Test
  void anApostropheSeparatesASyllableStartingWithAVowel() {
    // 长安: the transliterator reads 长 as zhǎng (grow); a person corrects it to Cháng'ān
    assertThat(Pinyin.of("长安")).isEqualTo("Zhǎng'ān");
    assertThat(Pinyin.plain("Cháng'ān")).isEqualTo("changan");
    assertThat(Pinyin.initials("Cháng'ān")).isEqualTo("ca");
  }

  @Test
  void plainAndInitialsIgnoreTonesSpacesAndCase() {
    assertThat(Pinyin.plain("Chéngdū Shì Jǐnjiāng Qū")).isEqualTo("chengdushijinjiangqu");
    assertThat(Pinyin.initials("Chéngdū Shì Jǐnjiāng Qū")).isEqualTo("cdsjjq");
    assertThat(Pinyin.initials("Chóngqìng")).isEqualTo("cq");
    assertThat(Pinyin.initials("Xī'ān")).isEqualTo("xa");
    assertThat(Pinyin.plain("Lǘ")).isEqualTo("lv");
  }
}
