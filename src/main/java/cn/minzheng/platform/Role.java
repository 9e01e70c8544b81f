package cn.minzheng.platform;

import org.springframework.modulith.NamedInterface;

/** Staff roles of {@code docs/security.md}. Each staff account holds one or more. */
@NamedInterface("security")
public enum Role {
  /** 市级管理员 */
  CITY_ADMIN("市级管理员", true),
  /** 区县审批人 */
  DISTRICT_APPROVER("区县审批人", true),
  /** 街道经办人 */
  STREET_CASEWORKER("街道经办人", false),
  /** 社区工作者 */
  COMMUNITY_WORKER("社区工作者", false),
  /** 机构经办人 */
  INSTITUTION_OPERATOR("机构经办人", false),
  /** 审计员: reads the audit log, changes nothing. */
  AUDITOR("审计员", true),
  /** 安全管理员: accounts, roles, unlocks. */
  SECURITY_ADMIN("安全管理员", true),
  /** 系统管理员: configuration; may not read or delete audit records. */
  SYSTEM_ADMIN("系统管理员", true),
  /**
   * 儿童主任 (account at a community) or 儿童督导员 (account at a street): the child-protection role that
   * alone, besides 区县 and 市级, reads minors' protection detail (docs/security.md).
   */
  CHILD_PROTECTION("儿童主任/儿童督导员", false),
  /** 精神康复专员: the only line role that sees mental-health rehabilitation records. */
  MENTAL_HEALTH_REHAB("精神康复专员", false),
  /** 社会组织账号: an organisation's own account; files for its own organisation only. */
  ORGANISATION_ACCOUNT("社会组织账号", false),
  /**
   * 救助站工作人员: works at one rescue station (the binding is the rescue module's) and sees only that
   * station's intakes.
   */
  RESCUE_STATION("救助站工作人员", false);

  private final String label;
  private final boolean secondFactorRequired;

  Role(String label, boolean secondFactorRequired) {
    this.label = label;
    this.secondFactorRequired = secondFactorRequired;
  }

  public String label() {
    return label;
  }

  /** Administrator, approver and auditor roles must use TOTP (docs/security.md). */
  public boolean secondFactorRequired() {
    return secondFactorRequired;
  }

  /** The Spring Security authority name. */
  public String authority() {
    return "ROLE_" + name();
  }
}
