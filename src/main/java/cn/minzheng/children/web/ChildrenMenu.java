package cn.minzheng.children.web;

import cn.minzheng.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The entries of the left menu (group 儿童福利). */
@Configuration(proxyBeanMethods = false)
class ChildrenMenu {

  static final String GROUP = "儿童福利";
  static final int GROUP_ORDER = 52;

  @Bean
  MenuItem childrenCasesMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "儿童保障个案", "/children/cases", 1, ChildrenRoles.CASE_READERS);
  }

  @Bean
  MenuItem childrenCandidatesMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "主动发现名单", "/children/candidates", 2, ChildrenRoles.CANDIDATE_READERS);
  }

  @Bean
  MenuItem childrenStandardsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "基本生活费标准", "/children/standards", 3, ChildrenRoles.STANDARD_READERS);
  }

  @Bean
  MenuItem childrenProtectionMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "未成年人保护个案", "/children/protection", 4, ChildrenRoles.PROTECTION);
  }

  @Bean
  MenuItem childrenNetworkMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "保护工作网络", "/children/network", 5, ChildrenRoles.PROTECTION);
  }

  @Bean
  MenuItem childrenVisitsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "定期走访", "/children/visits", 6, ChildrenRoles.PROTECTION);
  }

  @Bean
  MenuItem childrenCareMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "关爱行动", CarePages.PATH, 7, ChildrenRoles.PROTECTION);
  }

  @Bean
  MenuItem childrenStatisticsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "儿童福利统计", ChildrenStatisticsPage.PATH, 8, ChildrenRoles.PROTECTION);
  }

  @Bean
  MenuItem childrenSettingsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "走访间隔与就读年龄", ChildrenSettingsPage.PATH, 9, ChildrenRoles.ADMIN);
  }
}
