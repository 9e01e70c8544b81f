package cn.minzheng.region;

/**
 * What the division table says about the 6-digit address code of an ID number. Only {@link
 * Category#UNKNOWN} deserves a warning; no category is a reason to refuse an ID number on its own
 * (people keep their number when their county is renamed or merged).
 */
public record AddressCodeCheck(
    String addressCode, Category category, String name, String successorCode) {

  public enum Category {
    /** A current county-level unit of Chengdu. */
    KNOWN,
    /** A retired code still valid inside ID numbers; {@code successorCode} names its successor. */
    RETIRED,
    /** Outside Chengdu: only the province prefix could be checked, and it exists. */
    OTHER_PROVINCE_PLAUSIBLE,
    /** Not in the Chengdu table (5101xx), or an invalid province, or not six digits. */
    UNKNOWN
  }

  public static AddressCodeCheck unknown(String addressCode) {
    return new AddressCodeCheck(addressCode, Category.UNKNOWN, null, null);
  }
}
