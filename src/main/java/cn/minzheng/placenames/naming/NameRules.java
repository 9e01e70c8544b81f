package cn.minzheng.placenames.naming;

import cn.minzheng.platform.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rules checked at the field (地名管理条例 art. 10–11): a name of 2 to 20 characters, Chinese characters
 * only (with the middle dot of minority names); names containing a person's name or a foreign word
 * from the configured lists are flagged for review, not refused. The conflict with an existing name
 * of the same county and category is checked by {@link Gazetteer}.
 */
@Component
public class NameRules {

  public static final int MIN_LENGTH = 2;
  public static final int MAX_LENGTH = 20;

  private final List<String> personNames;
  private final List<String> foreignWords;

  NameRules(
      @Value("${minzheng.placenames.words.person-names:雷锋,鲁迅,白求恩,孙中山}") List<String> personNames,
      @Value("${minzheng.placenames.words.foreign:曼哈顿,威尼斯,巴黎,维也纳,罗马,加州,夏威夷,欧洲,纽约}")
          List<String> foreignWords) {
    this.personNames = List.copyOf(personNames);
    this.foreignWords = List.copyOf(foreignWords);
  }

  /** Refuses a name of the wrong length or with characters other than Chinese ones. */
  public void requireWellFormed(String field, String name) {
    int length = name.codePointCount(0, name.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new InvalidInput(field, "名称须为" + MIN_LENGTH + "至" + MAX_LENGTH + "个汉字");
    }
    if (!name.codePoints()
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '·')) {
      throw new InvalidInput(field, "名称只能由汉字组成（少数民族语地名可用间隔号“·”）");
    }
  }

  /** The review flags of a name, in Chinese; empty when none applies. */
  public List<String> flags(String name) {
    List<String> flags = new ArrayList<>();
    personNames.stream().filter(name::contains).forEach(w -> flags.add("含人名“" + w + "”，需审查"));
    foreignWords.stream()
        .filter(name::contains)
        .forEach(w -> flags.add("含外国地名或外语词“" + w + "”，需审查"));
    return flags;
  }
}
