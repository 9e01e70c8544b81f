package cn.minzheng.platform.audit;

/**
 * Result of walking the chain: intact with the number of entries checked, or the first broken link.
 * {@code LINK}: the entry does not point at its predecessor's hash (an entry before it was removed
 * or changed together with its hash); {@code CONTENT}: the entry's content no longer matches its
 * own hash.
 */
public record ChainVerification(
    boolean intact,
    long checked,
    Long brokenAtId,
    Problem problem,
    String expected,
    String stored) {

  public enum Problem {
    LINK,
    CONTENT
  }

  static ChainVerification intact(long checked) {
    return new ChainVerification(true, checked, null, null, null, null);
  }

  static ChainVerification broken(
      long checked, long id, Problem problem, String expected, String stored) {
    return new ChainVerification(false, checked, id, problem, expected, stored);
  }

  /** One line for the console and the log. */
  public String summary() {
    if (intact) {
      return "Audit chain intact: " + checked + " entries verified.";
    }
    return "Audit chain BROKEN at entry id "
        + brokenAtId
        + " ("
        + (problem == Problem.LINK ? "previous-hash link" : "content hash")
        + " mismatch): expected "
        + expected
        + ", stored "
        + stored
        + ". Entries verified before it: "
        + checked
        + ".";
  }
}
