package cn.minzheng.shared;

/**
 * TEMPORARY stand-in written on the registry branch until the audit helper's Masking lands on main
 * (take theirs on merge).
 */
public final class Masking {

  private Masking() {}

  public static String idNumber(String id) {
    if (id == null || id.length() < 10) {
      return id == null ? null : "*".repeat(id.length());
    }
    return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
  }

  public static String phone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone == null ? null : "*".repeat(phone.length());
    }
    return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }

  public static String publicName(String name) {
    if (name == null) {
      return null;
    }
    int[] cps = name.codePoints().toArray();
    if (cps.length <= 1) {
      return name;
    }
    StringBuilder b = new StringBuilder().appendCodePoint(cps[0]);
    for (int i = 1; i < cps.length - 1; i++) {
      b.append('*');
    }
    if (cps.length == 2) {
      return b.append('*').toString();
    }
    return b.appendCodePoint(cps[cps.length - 1]).toString();
  }
}
