package cn.minzheng.platform.audit;

/**
 * Result of walking the chain: intact with the number of entries checked, or the first problem.
 * {@code LINK}: the link does not point at its predecessor's hash or a link before it is missing (a
 * link was removed or changed together with its hash); {@code CONTENT}: the entry's content no
 * longer matches its link's hash; {@code MISSING}: a linked entry was removed; {@code UNCHAINED}:
 * an entry is neither linked nor queued for linking (taken out of the queue).
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
    CONTENT,
    MISSING,
    UNCHAINED
  }

  static ChainVerification intact(long checked) {
    return new ChainVerification(true, checked, null, null, null, null);
  }

  static ChainVerification broken(
      long checked, long id, Problem problem, String expected, String stored) {
    return new ChainVerification(false, checked, id, problem, expected, stored);
  }

  static ChainVerification unchained(long checked, long id) {
    return new ChainVerification(false, checked, id, Problem.UNCHAINED, null, null);
  }

  /** One line for the console and the log. */
  public String summary() {
    if (intact) {
      return "Audit chain intact: " + checked + " entries verified.";
    }
    return "Audit chain BROKEN at entry id "
        + brokenAtId
        + " ("
        + switch (problem) {
          case LINK -> "previous-hash link mismatch";
          case CONTENT -> "content hash mismatch";
          case MISSING -> "linked entry removed";
          case UNCHAINED -> "entry neither linked nor queued for linking";
        }
        + "): expected "
        + expected
        + ", stored "
        + stored
        + ". Entries verified before it: "
        + checked
        + ".";
  }
}
