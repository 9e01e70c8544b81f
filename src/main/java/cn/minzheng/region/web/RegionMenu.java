package cn.minzheng.region.web;

import cn.minzheng.platform.MenuItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 系统管理 > 行政区划: every staff member may browse; changing it is checked on the action. */
@Configuration
class RegionMenu {

  @Bean
  MenuItem regionMenuItem() {
    return new MenuItem("系统管理", 800, "行政区划", "/admin/regions", 20, Set.of());
  }
}
