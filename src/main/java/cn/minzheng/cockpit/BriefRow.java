package cn.minzheng.cockpit;

/**
 * The rows of the figures table of the bureau's 2023 H1 report ({@code brief/README.md}) that the
 * platform must count, in the report's order. A {@link FigureSpec} claims its row; a row no figure
 * claims is shown as 尚未接入 with {@link #awaitedModule()}, so the gap closes when that module lands.
 *
 * <p>Left out on purpose: the 低保 and orphan standards (policy amounts kept on the standards pages,
 * not counts), the basic elderly-care service list (a catalogue, on its public page), and the
 * bureau's own research and open days (not business data).
 */
public enum BriefRow {
  LOW_INCOME_MONITORING("低收入人口动态监测", "30.9万人", "monitoring 动态监测"),
  NEW_DIBAO("新增低保对象", "3,859人", "assistance 社会救助"),
  DIBAO_PAID("低保金发放", "8.76万人，2.55亿元", "assistance 社会救助"),
  TEKUN_PAID("特困供养金发放", "3.23万人，1.64亿元", "assistance 社会救助"),
  TEMPORARY_ASSISTANCE("临时救助", "6,536人次，872.03万元", "assistance 社会救助"),
  VISITS("特殊困难人员探访", "46.46万人次", "monitoring 动态监测"),
  CHILDREN_SUBSIDIES("特殊群体儿童补贴", "1.61万人次，1,936.9万元", "children 儿童福利"),
  MINOR_PROTECTION_NETWORK("未成年人保护工作网络", "17个中心、261个工作站、2,436个服务点", "children 儿童福利"),
  MINOR_CARE_ACTION("未成年人保护基金关爱行动", "240所学校、34.5万名学生", "children 儿童福利"),
  DISABILITY_SUBSIDIES("残疾人两项补贴", "80.96万人次，1.01亿元", "disability 残疾人福利"),
  MENTAL_HEALTH_REHABILITATION("精神障碍社区康复", "118个站点，4.64万人次", "disability 残疾人福利"),
  ASSISTIVE_DEVICES("康复辅具租赁", "3.4万（累计）", "disability 残疾人福利"),
  VAGRANT_RESCUE("流浪乞讨人员救助", "3,575人次", "rescue 救助管理"),
  HOME_MODIFICATION("适老化改造", "5,187户", "elderly 养老服务"),
  ADVANCED_AGE_ALLOWANCE("高龄津贴", "49.15万人，2.81亿元", "elderly 养老服务"),
  HOME_SERVICES("特殊困难老年人居家上门服务", "2.6万人，2,391.33万元", "elderly 养老服务"),
  NEW_ELDERLY_FACILITIES("新建养老设施（资金4,870万元）", "26个认知症友好社区、100个助餐点、20个综合体", "elderly 养老服务"),
  INSTITUTIONS_PUBLISHED("养老机构公布", "440家", "elderly 养老服务"),
  ELDERLY_BEDS("养老床位", "12.8万张，每千名户籍老人39.9张", "elderly 养老服务"),
  INSTITUTION_RELIEF_FUNDS("养老机构纾困资金", "1,983万元", "elderly 养老服务"),
  MARRIAGE_REGISTRATIONS("结婚登记", "9.05万对", "marriage 婚姻登记"),
  MEMORIAL_HALLS("殡仪服务场所", "综合15个、便民10个", "funeral 殡葬管理"),
  FUNERAL_SUBSIDIES("惠民殡葬和生态安葬补贴", "3,380.5万元，5.28万户", "funeral 殡葬管理"),
  VILLAGE_CONVENTIONS("村规民约、居民公约", "3,045个", "socialwork 社会工作与基层治理"),
  SOCIAL_WORKERS("持证社工、社工机构、社区社工岗位", "2.8万人、1,000余家、5,003个", "socialwork 社会工作与基层治理"),
  SOCIAL_WORK_CARE("社工关爱行动", "3.9万人", "socialwork 社会工作与基层治理"),
  SOCIAL_ORGANISATIONS("社会组织、备案社区社会组织", "1.2万家、2.4万家", "organisations 社会组织"),
  ORGANISATION_PROJECTS("社会组织专项资金项目", "605个", "organisations 社会组织"),
  ORGANISATION_LISTS("异常名录、严重违法失信名单、清理僵尸组织", "643家、269家", "organisations 社会组织"),
  PLACE_NAMES("地名审批、建筑物名称备案", "153个、189个", "placenames 区划地名"),
  CHARITY("慈善组织、社区慈善项目、慈善信托", "52家、41个、25个信托1.06亿元", "organisations 社会组织（慈善）");

  private final String label;
  private final String briefFigure;
  private final String awaitedModule;

  BriefRow(String label, String briefFigure, String awaitedModule) {
    this.label = label;
    this.briefFigure = briefFigure;
    this.awaitedModule = awaitedModule;
  }

  public String label() {
    return label;
  }

  /** What the 2023 H1 report gives for Chengdu, for scale. */
  public String briefFigure() {
    return briefFigure;
  }

  /** The module (package and Chinese name) that will count this row. */
  public String awaitedModule() {
    return awaitedModule;
  }
}
