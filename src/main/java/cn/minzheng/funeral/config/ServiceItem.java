package cn.minzheng.funeral.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * A funeral service. The four basic services (基本殡葬服务) can be free or capped for a group; the
 * ecological burials earn a fixed subsidy; other services are the family's own.
 */
public enum ServiceItem {
  TRANSPORT("遗体接运", Kind.BASIC),
  REFRIGERATION("遗体冷藏", Kind.BASIC),
  CREMATION("遗体火化", Kind.BASIC),
  ASHES_STORAGE("骨灰寄存", Kind.BASIC),
  SEA_BURIAL("海葬", Kind.ECO),
  TREE_BURIAL("树葬", Kind.ECO),
  FLOWER_BURIAL("花葬", Kind.ECO),
  LAWN_BURIAL("草坪葬", Kind.ECO),
  OTHER("其他服务", Kind.OTHER);

  /** What the item is for the subsidy. */
  public enum Kind {
    BASIC,
    ECO,
    OTHER
  }

  private final String label;
  private final Kind kind;

  ServiceItem(String label, Kind kind) {
    this.label = label;
    this.kind = kind;
  }

  public String label() {
    return label;
  }

  public Kind kind() {
    return kind;
  }

  public boolean basic() {
    return kind == Kind.BASIC;
  }

  public boolean eco() {
    return kind == Kind.ECO;
  }

  /** By code (TRANSPORT) or by Chinese label (遗体接运), as a funeral home's file may carry either. */
  public static Optional<ServiceItem> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    return Arrays.stream(values())
        .filter(i -> i.name().equalsIgnoreCase(t) || i.label.equals(t))
        .findFirst();
  }
}
