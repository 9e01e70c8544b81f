package cn.minzheng.platform.audit;

import java.util.List;

/**
 * Result of walking the whole chain: the number of entries checked and every break found (the walk
 * goes on past a break, so that a second tampering is not hidden behind the first; at most {@link
 * #LISTED} are listed, {@code breakCount} counts them all). {@code LINK}: the link does not point
 * at its predecessor's hash or a link before it is missing (a link was removed or changed together
 * with its hash); {@code CONTENT}: the entry's content no longer matches its link's hash; {@code
 * MISSING}: a linked entry was removed; {@code UNCHAINED}: an entry is neither linked nor queued
 * for linking (taken out of the queue); {@code ANCHOR}: the chain at an anchored place is not what
 * was anchored outside the database (the chain was rewritten from there on); {@code ANCHOR_FORGED}:
 * an anchor line whose tag is not the installation's (its id is the sequence number).
 */
public record ChainVerification(long checked, List<Break> breaks, long breakCount) {

  static final int LISTED = 1000;

  public enum Problem {
    LINK,
    CONTENT,
    MISSING,
    UNCHAINED,
    ANCHOR,
    ANCHOR_FORGED
  }

  /** One break: the entry's id, what is wrong, and the hashes that disagree where there are. */
  public record Break(long entryId, Problem problem, String expected, String stored) {

    String summary() {
      return "entry id "
          + entryId
          + " ("
          + switch (problem) {
            case LINK -> "previous-hash link mismatch";
            case CONTENT -> "content hash mismatch";
            case MISSING -> "linked entry removed";
            case UNCHAINED -> "entry neither linked nor queued for linking";
            case ANCHOR -> "the chain here differs from the anchor kept outside the database";
            case ANCHOR_FORGED -> "an anchor for this sequence number does not carry a valid tag";
          }
          + (expected == null ? "" : "): expected " + expected + ", stored " + stored)
          + (expected == null ? ")" : "");
    }
  }

  public ChainVerification {
    breaks = List.copyOf(breaks);
  }

  static ChainVerification intact(long checked) {
    return new ChainVerification(checked, List.of(), 0);
  }

  public boolean intact() {
    return breakCount == 0;
  }

  /** The first break, where the chain stops being trustworthy. */
  public Break first() {
    return breaks.isEmpty() ? null : breaks.get(0);
  }

  public Long brokenAtId() {
    return intact() ? null : first().entryId();
  }

  public Problem problem() {
    return intact() ? null : first().problem();
  }

  public String expected() {
    return intact() ? null : first().expected();
  }

  public String stored() {
    return intact() ? null : first().stored();
  }

  /** Lines for the console and the log: the count, then each listed break. */
  public String summary() {
    if (intact()) {
      return "Audit chain intact: " + checked + " entries verified.";
    }
    StringBuilder text =
        new StringBuilder("Audit chain BROKEN: ")
            .append(breakCount)
            .append(breakCount == 1 ? " break" : " breaks")
            .append(" in ")
            .append(checked)
            .append(" entries verified; first at ")
            .append(first().summary())
            .append('.');
    for (Break b : breaks.subList(1, breaks.size())) {
      text.append(System.lineSeparator()).append("  also at ").append(b.summary());
    }
    if (breakCount > breaks.size()) {
      text.append(System.lineSeparator())
          .append("  and ")
          .append(breakCount - breaks.size())
          .append(" more.");
    }
    return text.toString();
  }
}
