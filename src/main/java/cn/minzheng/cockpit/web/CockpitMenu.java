package cn.minzheng.cockpit.web;

import cn.minzheng.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cockpit's menu entry, first after the workbench, for those who may see statistics. */
@Configuration(proxyBeanMethods = false)
class CockpitMenu {

  @Bean
  MenuItem cockpitHeadlineMenu() {
    return new MenuItem("驾驶舱", 5, "民政数据驾驶舱", CockpitPage.PATH, 1, CockpitAccess.VIEWERS);
  }
}
