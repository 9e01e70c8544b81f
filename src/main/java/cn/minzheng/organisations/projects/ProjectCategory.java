package cn.minzheng.organisations.projects;

import java.util.Arrays;

/** The fields a special-fund call may fund; a call names some of them. */
public enum ProjectCategory {
  ELDERLY("为老服务"),
  CHILDREN("儿童关爱"),
  DISABILITY("助残服务"),
  ASSISTANCE("社会救助"),
  COMMUNITY("社区治理"),
  CHARITY("公益慈善");

  private final String label;

  ProjectCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static String labelOf(String code) {
    return Arrays.stream(values())
        .filter(c -> c.name().equals(code))
        .map(ProjectCategory::label)
        .findFirst()
        .orElse(code);
  }
}
