package cn.minzheng.assistance.web;

import cn.minzheng.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The social assistance entries of the left menu (group 社会救助). */
@Configuration(proxyBeanMethods = false)
class AssistanceMenu {

  static final String GROUP = "社会救助";
  static final int GROUP_ORDER = 20;

  @Bean
  MenuItem assistanceCasesMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "救助案件", CaseListPage.PATH, 1, AssistanceRoles.CASE_ROLES);
  }

  @Bean
  MenuItem assistanceApplyMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "救助申请", ApplicationPage.PATH, 2, AssistanceRoles.CASE_ROLES);
  }

  @Bean
  MenuItem assistanceReviewsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "定期复核", ReviewsPage.PATH, 3, AssistanceRoles.CASE_ROLES);
  }

  @Bean
  MenuItem assistanceStatisticsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "救助统计", AssistanceStatisticsPage.PATH, 4, AssistanceRoles.CASE_ROLES);
  }

  @Bean
  MenuItem assistancePublicityMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "公示（公众页面）", PublicityPage.PATH, 6, AssistanceRoles.CASE_ROLES);
  }

  @Bean
  MenuItem assistanceRunsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "月度核算", MonthlyRunPage.PATH, 5, AssistanceRoles.STANDARD_VIEWERS);
  }

  @Bean
  MenuItem assistanceStandardsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "救助标准", StandardsAdminPage.PATH, 9, AssistanceRoles.STANDARD_VIEWERS);
  }
}
