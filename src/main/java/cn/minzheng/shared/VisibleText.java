package cn.minzheng.shared;

/**
 * Whether a name as people type it contains characters nobody can see: control characters (C0, C1)
 * and format characters (Unicode category Cf) such as U+202E RIGHT-TO-LEFT OVERRIDE, which turns
 * "张三\u202e" into a name that displays differently from what is stored, or U+200B ZERO WIDTH SPACE,
 * which makes two identical-looking names different records. Rare characters of the supplementary
 * planes (𠮷) and the middle dot of transliterated names (阿依古丽·买买提) are visible and pass.
 */
public final class VisibleText {

  private VisibleText() {}

  public static boolean hasInvisibleCharacters(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
  }
}
