package cn.minzheng.elderly.modification;

import java.util.Set;

/** 适老化改造 steps; each may only follow the one before it (or end in rejection). */
public enum ModificationStatus {
  APPLIED("已申请"),
  ASSESSED("已评估"),
  PLANNED("方案已定"),
  IN_WORKS("施工中"),
  ACCEPTED("已验收"),
  SUBSIDISED("已补贴"),
  REJECTED("不予改造");

  private final String label;

  ModificationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The states this step may be taken from. */
  Set<ModificationStatus> from() {
    return switch (this) {
      case APPLIED -> Set.of();
      case ASSESSED -> Set.of(APPLIED, ASSESSED);
      case PLANNED -> Set.of(ASSESSED);
      case IN_WORKS -> Set.of(PLANNED);
      case ACCEPTED -> Set.of(IN_WORKS);
      case SUBSIDISED -> Set.of(ACCEPTED);
      case REJECTED -> Set.of(APPLIED, ASSESSED, PLANNED);
    };
  }
}
