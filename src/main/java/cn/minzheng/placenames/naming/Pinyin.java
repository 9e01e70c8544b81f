package cn.minzheng.placenames.naming;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Pinyin of a place name after GB/T 16159 (汉语拼音正词法) and GB 17733 for place names, as a proposal:
 * ICU4J's Han-Latin transliterator reads each character, the specific part is written as one word
 * with the first letter capitalised and an apostrophe before a syllable that starts with a, o or e
 * (Cháng'ān), the generic term (路, 大道, 广场 …) as a word of its own (Rénmín Nánlù). Polyphonic
 * characters need a person: the transliterator reads 长安 as zhǎng'ān, so the spelling stays editable
 * and the edited one is what is stored.
 */
public final class Pinyin {

  /** Generic terms written apart, longest first. */
  private static final List<String> GENERIC_TERMS =
      List.of(
          "东大街", "西大街", "南大街", "北大街", "大街", "大道", "东路", "西路", "南路", "北路", "中路", "广场", "公园", "花园",
          "大厦", "小区", "社区", "大桥", "路", "街", "巷", "桥", "村", "镇", "区", "县", "市", "湖", "河", "苑", "园");

  private static final ThreadLocal<Transliterator> HAN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin"));

  private Pinyin() {}

  /** The proposed spelling with tone marks, e.g. 春熙路 → Chūnxī Lù. */
  public static String of(String name) {
    String specific = name;
    String generic = "";
    for (String term : GENERIC_TERMS) {
      if (name.endsWith(term) && name.length() > term.length()) {
        specific = name.substring(0, name.length() - term.length());
        generic = term;
        break;
      }
    }
    String word = word(specific);
    return generic.isEmpty() ? word : word + " " + word(generic);
  }

  private static String word(String chars) {
    String[] syllables = HAN.get().transliterate(chars).trim().split("\\s+");
    StringBuilder word = new StringBuilder();
    for (String syllable : syllables) {
      if (syllable.isEmpty()) {
        continue;
      }
      if (!word.isEmpty() && "aoeāáǎàōóǒòēéěè".indexOf(syllable.charAt(0)) >= 0) {
        word.append('\'');
      }
      word.append(syllable);
    }
    return word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /**
   * The spelling to file for {@code name}: the typed one when given (a person corrects polyphonic
   * characters), else the proposal; refused (field {@code pinyin}) unless it is Latin letters whose
   * syllables number the characters.
   */
  public static String spelling(String name, @org.jspecify.annotations.Nullable String typed) {
    String pinyin = typed == null || typed.isBlank() ? of(name) : typed.strip();
    String chars = name.replace("·", "");
    if (!pinyin.matches("[\\p{IsLatin}' ·-]+")
        || syllables(pinyin).size() != chars.codePointCount(0, chars.length())) {
      throw new cn.minzheng.platform.InvalidInput("pinyin", "拼音须为汉语拼音字母，且音节数与汉字数一致");
    }
    return pinyin;
  }

  /** Without tones, spaces, apostrophes, lower case: Cháng'ān → changan; ü written v. */
  public static String plain(String pinyin) {
    String decomposed =
        Normalizer.normalize(pinyin, Normalizer.Form.NFD)
            .replace("u\u0308", "v")
            .replace("U\u0308", "v");
    return decomposed.replaceAll("\\p{M}", "").replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
  }

  /**
   * The first letter of every syllable: Chéngdū Shì → cds. Syllables as the transliterator reads
   * them.
   */
  public static String initials(String pinyin) {
    StringBuilder initials = new StringBuilder();
    for (String syllable : syllables(pinyin)) {
      initials.append(syllable.charAt(0));
    }
    return initials.toString();
  }

  /**
   * The syllables of a spelling (tone marks removed), split at spaces, apostrophes and by the
   * sounds.
   */
  static List<String> syllables(String pinyin) {
    List<String> result = new java.util.ArrayList<>();
    for (String word : pinyin.split("[\\s'’-]+")) {
      String plain = plain(word);
      int i = 0;
      while (i < plain.length()) {
        int end = syllableEnd(plain, i);
        result.add(plain.substring(i, end));
        i = end;
      }
    }
    return result;
  }

  private static final java.util.Set<String> SYLLABLES = syllableTable();

  /** Greedy longest match over the table of Mandarin syllables (at most 6 letters). */
  private static int syllableEnd(String plain, int from) {
    for (int end = Math.min(plain.length(), from + 6); end > from + 1; end--) {
      String candidate = plain.substring(from, end);
      if (SYLLABLES.contains(candidate) && (end == plain.length() || startsSyllable(plain, end))) {
        return end;
      }
    }
    for (int end = Math.min(plain.length(), from + 6); end > from; end--) {
      if (SYLLABLES.contains(plain.substring(from, end))) {
        return end;
      }
    }
    return from + 1;
  }

  private static boolean startsSyllable(String plain, int at) {
    for (int end = Math.min(plain.length(), at + 6); end > at; end--) {
      if (SYLLABLES.contains(plain.substring(at, end))) {
        return true;
      }
    }
    return false;
  }

  private static java.util.Set<String> syllableTable() {
    String[] initials = {
      "", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh",
      "r", "z", "c", "s", "y", "w"
    };
    String[] finals = {
      "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
      "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan",
      "un", "uang", "ve", "van", "vn", "ue", "uan"
    };
    java.util.Set<String> table = new java.util.HashSet<>();
    for (String initial : initials) {
      for (String fin : finals) {
        table.add(initial + fin);
      }
    }
    return table;
  }
}
