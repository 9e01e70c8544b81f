package cn.minzheng.rescue.web;

import cn.minzheng.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rescue module's entries of the left menu (group 救助管理). */
@Configuration(proxyBeanMethods = false)
class RescueMenu {

  static final String GROUP = "救助管理";
  static final int GROUP_ORDER = 36;

  @Bean
  MenuItem rescueIntakesMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "在站人员", "/rescue/intakes", 1, RescueAccess.STATION);
  }

  @Bean
  MenuItem rescueNewIntakeMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "入站登记", "/rescue/intakes/new", 2, RescueAccess.STATION);
  }

  @Bean
  MenuItem rescueStationsMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "救助站", "/rescue/stations", 3, RescueAccess.STATION);
  }

  @Bean
  MenuItem rescueStatisticsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "救助统计", "/rescue/statistics", 4, RescueAccess.STATISTICS);
  }
}
