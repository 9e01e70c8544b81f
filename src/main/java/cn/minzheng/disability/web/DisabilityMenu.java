package cn.minzheng.disability.web;

import cn.minzheng.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The disability entries of the left menu (group 残疾人福利). */
@Configuration(proxyBeanMethods = false)
class DisabilityMenu {

  static final String GROUP = "残疾人福利";
  static final int GROUP_ORDER = 55;

  @Bean
  MenuItem disabilitySubsidiesMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "残疾人两项补贴", "/disability/subsidies", 1, DisabilityAccess.STAFF);
  }

  @Bean
  MenuItem disabilityAmountsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "两项补贴标准", "/disability/amounts", 2, DisabilityAccess.ADMIN);
  }

  @Bean
  MenuItem disabilityDevicesMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "辅具租赁", "/disability/devices", 3, DisabilityAccess.STAFF);
  }

  @Bean
  MenuItem disabilityRehabMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "精神障碍社区康复", "/disability/rehab", 4, DisabilityAccess.MENTAL);
  }

  @Bean
  MenuItem disabilityStatisticsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "残疾人福利统计", "/disability/statistics", 5, DisabilityAccess.STATISTICS);
  }

  @Bean
  MenuItem disabilityRehabStatisticsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "精神康复统计", "/disability/rehab/statistics", 6, DisabilityAccess.MENTAL);
  }
}
