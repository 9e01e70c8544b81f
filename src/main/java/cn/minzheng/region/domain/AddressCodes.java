package cn.minzheng.region.domain;

import cn.minzheng.region.AddressCodeCheck;
import cn.minzheng.region.AddressCodeCheck.Category;
import cn.minzheng.region.RegionKind;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import java.time.LocalDate;
import java.util.Set;

/**
 * The address-code check of ID numbers. Chengdu codes are looked up in the tree, retired ones
 * included; elsewhere only the province prefix can be checked (GB/T 2260 provinces, plus 71 Taiwan,
 * 81 Hong Kong, 82 Macao and 83 for Taiwan residents' residence permits).
 */
final class AddressCodes {

  static final String CHENGDU_PREFIX = "5101";

  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82", "83");

  private AddressCodes() {}

  static AddressCodeCheck check(String sixDigits, RegionSnapshot tree, LocalDate today) {
    if (sixDigits == null || !sixDigits.matches("[0-9]{6}")) {
      return AddressCodeCheck.unknown(sixDigits);
    }
    RegionNode county = tree.node(sixDigits + "000000");
    if (county != null && isStatutoryCounty(county)) {
      if (county.retiredOn(today)) {
        return new AddressCodeCheck(
            sixDigits, Category.RETIRED, county.name(), countyPart(county.successorCode()));
      }
      return new AddressCodeCheck(sixDigits, Category.KNOWN, county.name(), null);
    }
    if (sixDigits.startsWith(CHENGDU_PREFIX) || !PROVINCES.contains(sixDigits.substring(0, 2))) {
      return AddressCodeCheck.unknown(sixDigits);
    }
    return new AddressCodeCheck(sixDigits, Category.OTHER_PROVINCE_PLAUSIBLE, null, null);
  }

  /** Functional zones have internal codes that never occur in ID numbers. */
  private static boolean isStatutoryCounty(RegionNode node) {
    return node.level() == RegionLevel.COUNTY
        && node.kind() != RegionKind.FUNCTIONAL_ZONE
        && node.statutoryCountyCode() != null;
  }

  private static String countyPart(String code) {
    return code == null ? null : code.substring(0, 6);
  }
}
