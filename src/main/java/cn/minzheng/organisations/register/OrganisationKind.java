package cn.minzheng.organisations.register;

/**
 * The types of social organisation. The registered ones carry a credit code whose position 2 (机构类别)
 * is the type's digit (domain-rules §1.2); community social organisations are filed at the street
 * and have none.
 */
public enum OrganisationKind {
  SOCIAL_GROUP("社会团体", '1'),
  SOCIAL_SERVICE_AGENCY("社会服务机构", '2'),
  FOUNDATION("基金会", '3'),
  COMMUNITY_FILED("备案社区社会组织", ' ');

  private final String label;
  private final char typeDigit;

  OrganisationKind(String label, char typeDigit) {
    this.label = label;
    this.typeDigit = typeDigit;
  }

  public String label() {
    return label;
  }

  /** Position 2 of the credit code. */
  public char typeDigit() {
    return typeDigit;
  }

  public boolean registered() {
    return this != COMMUNITY_FILED;
  }

  /** Label of a stored code, the code itself when unknown. */
  public static String labelOf(String name) {
    for (OrganisationKind k : values()) {
      if (k.name().equals(name)) {
        return k.label;
      }
    }
    return name;
  }
}
