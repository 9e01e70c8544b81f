package cn.minzheng.funeral.web;

import cn.minzheng.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The funeral module's entries of the left menu (group 殡葬管理). */
@Configuration(proxyBeanMethods = false)
class FuneralMenu {

  static final String GROUP = "殡葬管理";
  static final int GROUP_ORDER = 58;

  @Bean
  MenuItem funeralCasesMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "殡葬补贴", "/funeral/cases", 1, FuneralAccess.STAFF);
  }

  @Bean
  MenuItem funeralConfigMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "殡葬服务机构与标准", "/funeral/config", 2, FuneralAccess.STAFF);
  }

  @Bean
  MenuItem funeralHallsMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "告别厅预约", "/funeral/halls", 3, FuneralAccess.HALLS);
  }

  @Bean
  MenuItem funeralUnidentifiedMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "无名遗体", "/funeral/unidentified", 5, FuneralAccess.UNIDENTIFIED);
  }

  @Bean
  MenuItem funeralStatisticsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "殡葬统计", "/funeral/statistics", 4, FuneralAccess.STATISTICS);
  }
}
