package cn.minzheng.monitoring.web;

import cn.minzheng.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The monitoring module's entries of the left menu (group 动态监测). */
@Configuration(proxyBeanMethods = false)
class MonitoringMenu {

  static final String GROUP = "动态监测";
  static final int GROUP_ORDER = 35;

  @Bean
  MenuItem monitoringWarningsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "预警处置", "/monitoring/warnings", 1, MonitoringAccess.CASE_STAFF);
  }

  @Bean
  MenuItem monitoringRegisterMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "低收入人口", "/monitoring/register", 2, MonitoringAccess.CASE_STAFF);
  }

  @Bean
  MenuItem monitoringVerificationMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "经济状况核对", "/monitoring/verifications", 3, MonitoringAccess.CASE_STAFF);
  }

  @Bean
  MenuItem monitoringVisitsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "巡访关爱", "/monitoring/visits", 4, MonitoringAccess.CASE_STAFF);
  }

  @Bean
  MenuItem monitoringStatisticsMenu() {
    return new MenuItem(
        GROUP,
        GROUP_ORDER,
        "预警统计",
        "/monitoring/warnings/statistics",
        5,
        MonitoringAccess.CASE_STAFF);
  }

  @Bean
  MenuItem monitoringMapMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "预警地图", "/monitoring/warnings/map", 5, MonitoringAccess.CASE_STAFF);
  }

  @Bean
  MenuItem monitoringFeedsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "数据对接", "/monitoring/feeds", 6, MonitoringAccess.FEED_ADMINS);
  }
}
