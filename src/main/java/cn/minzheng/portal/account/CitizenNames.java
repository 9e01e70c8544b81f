package cn.minzheng.portal.account;

import java.text.Normalizer;

/**
 * Compares a typed name with the registry's: the same characters, whatever middle dot a phone
 * keyboard produced for minority names (阿依古丽·买买提) and without stray spaces. Characters outside the
 * BMP (𠮷) are compared as code points like any other.
 */
final class CitizenNames {

  private CitizenNames() {}

  static String normalise(String raw) {
    if (raw == null) {
      return "";
    }
    String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
    return name.replaceAll("[\\u2022\\u2027\\u2219\\u22C5\\u30FB\\uFF0E\\u00B7\\.．]", "\u00b7")
        .replaceAll("\\s+", "");
  }

  static boolean same(String registryName, String typed) {
    return normalise(registryName).equals(normalise(typed));
  }
}
