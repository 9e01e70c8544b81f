package cn.minzheng.elderly.facility;

/** Kinds of elderly-care facilities (docs/domain-rules.md §6), with the map marker colour. */
public enum FacilityType {
  COMMUNITY_COMPLEX("社区养老服务综合体", "#d63384"),
  DAY_CARE("日间照料中心", "#0d6efd"),
  MEAL_POINT("助餐点", "#fd7e14"),
  DEMENTIA_FRIENDLY("认知症友好社区", "#6f42c1"),
  COUNTY_HOME("县级特困供养服务设施（敬老院）", "#198754"),
  TOWN_CENTRE("乡镇区域养老服务中心", "#20c997"),
  VILLAGE_POINT("村级互助养老服务点", "#6c757d");

  private final String label;
  private final String colour;

  FacilityType(String label, String colour) {
    this.label = label;
    this.colour = colour;
  }

  public String label() {
    return label;
  }

  public String colour() {
    return colour;
  }
}
