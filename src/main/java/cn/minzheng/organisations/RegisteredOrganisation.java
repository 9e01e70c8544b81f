package cn.minzheng.organisations;

/**
 * A registered social organisation as other modules see it: its unified social credit code, name,
 * kind and registration status (with their labels), domicile region and credit standing today.
 *
 * @param status NORMAL, RECTIFYING, DEREGISTERED or REVOKED
 */
public record RegisteredOrganisation(
    String creditCode,
    String name,
    String kindLabel,
    String status,
    String statusLabel,
    String regionCode,
    CreditStanding credit) {

  /** Still registered: neither deregistered nor revoked. */
  public boolean registered() {
    return "NORMAL".equals(status) || "RECTIFYING".equals(status);
  }
}
