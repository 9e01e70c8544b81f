package cn.minzheng.registry.demo;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the generator knows about Chengdu's county-level units: resident population (7th census,
 * 2020, in 10,000s; the functional zones' people are counted in the counties whose statutory codes
 * their communities carry) and the renames after which ID numbers of older people still carry the
 * retired code (docs/domain-rules.md §1).
 */
final class ChengduCounties {

  private ChengduCounties() {}

  private static final Map<String, Integer> POPULATION =
      Map.ofEntries(
          Map.entry("510104", 90),
          Map.entry("510105", 96),
          Map.entry("510106", 127),
          Map.entry("510107", 186),
          Map.entry("510108", 138),
          Map.entry("510112", 135),
          Map.entry("510113", 49),
          Map.entry("510114", 156),
          Map.entry("510115", 97),
          Map.entry("510116", 207),
          Map.entry("510117", 139),
          Map.entry("510118", 36),
          Map.entry("510121", 80),
          Map.entry("510129", 52),
          Map.entry("510131", 26),
          Map.entry("510181", 71),
          Map.entry("510182", 78),
          Map.entry("510183", 60),
          Map.entry("510184", 74),
          Map.entry("510185", 112));

  /** County code -> (retired code, first day of the new code). */
  private static final Map<String, Rename> RENAMES =
      Map.of(
          "510116", new Rename("510122", LocalDate.of(2015, 12, 3)),
          "510117", new Rename("510124", LocalDate.of(2016, 10, 13)),
          "510118", new Rename("510132", LocalDate.of(2020, 6, 23)),
          "510185", new Rename("512081", LocalDate.of(2016, 5, 3)));

  private record Rename(String retiredCode, LocalDate since) {}

  /** Resident population in 10,000s; unknown codes (e.g. a new district) count as 40. */
  static int population(String countyCode) {
    return POPULATION.getOrDefault(countyCode, 40);
  }

  static boolean coreUrban(String countyCode) {
    return switch (countyCode) {
      case "510104", "510105", "510106", "510107", "510108" -> true;
      default -> false;
    };
  }

  /** The address code an ID number issued at birth carries: the retired one before a rename. */
  static String addressCodeAtBirth(String countyCode, LocalDate birthDate) {
    Rename rename = RENAMES.get(countyCode);
    if (rename != null && birthDate.isBefore(rename.since())) {
      return rename.retiredCode();
    }
    return countyCode;
  }
}
