package cn.minzheng.organisations.web;

import cn.minzheng.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The entries of the left menu (group 社会组织). */
@Configuration(proxyBeanMethods = false)
class OrganisationMenu {

  static final String GROUP = "社会组织";
  static final int GROUP_ORDER = 70;

  @Bean
  MenuItem organisationsMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "社会组织登记", "/organisations", 1, OrganisationAccess.READ);
  }

  @Bean
  MenuItem organisationApplicationsMenu() {
    return new MenuItem(
        GROUP,
        GROUP_ORDER,
        "成立/变更/注销申请",
        "/organisations/applications",
        2,
        OrganisationAccess.READ);
  }

  @Bean
  MenuItem organisationReportsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "年度报告", "/organisations/reports", 3, OrganisationAccess.READ);
  }

  @Bean
  MenuItem organisationCreditMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "信用名录", "/organisations/credit", 4, OrganisationAccess.READ);
  }

  @Bean
  MenuItem organisationZombiesMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "僵尸型组织清理", "/organisations/zombies", 5, OrganisationAccess.BUREAU);
  }

  @Bean
  MenuItem organisationStatisticsMenu() {
    return new MenuItem(
        GROUP,
        GROUP_ORDER,
        "社会组织统计",
        "/organisations/statistics",
        6,
        OrganisationAccess.STATISTICS);
  }

  @Bean
  MenuItem ownOrganisationMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "本组织", MyOrganisationPage.PATH, 7, OrganisationAccess.ACCOUNT);
  }

  @Bean
  MenuItem projectsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "专项资金项目", ProjectPages.PATH, 8, OrganisationAccess.READ);
  }

  @Bean
  MenuItem ownProjectsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "专项资金申报", MyProjectsPage.PATH, 9, OrganisationAccess.ACCOUNT);
  }

  @Bean
  MenuItem charityTrustsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "慈善信托", CharityPages.PATH + "/trusts", 10, OrganisationAccess.READ);
  }

  @Bean
  MenuItem charityOrganisationsMenu() {
    return new MenuItem(
        GROUP,
        GROUP_ORDER,
        "慈善组织",
        CharityPages.PATH + "/organisations",
        11,
        OrganisationAccess.READ);
  }

  @Bean
  MenuItem charityProjectsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "社区慈善项目", CharityPages.PATH + "/projects", 12, OrganisationAccess.READ);
  }

  @Bean
  MenuItem ownTrustsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "慈善信托备案", MyTrustsPage.PATH, 13, OrganisationAccess.ACCOUNT);
  }
}
