package cn.minzheng.placenames.web;

import cn.minzheng.platform.MenuItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 地名管理 > 区划界线: every staff member may look; importing is checked on the action. */
@Configuration
class PlacenamesMenu {

  @Bean
  MenuItem boundaryMenuItem() {
    return new MenuItem("地名管理", 700, "区划界线", "/placenames/boundaries", 30, Set.of());
  }

  @Bean
  MenuItem namingMenuItem() {
    return new MenuItem("地名管理", 700, "命名申请", "/placenames/applications", 20, Set.of());
  }

  @Bean
  MenuItem buildingMenuItem() {
    return new MenuItem("地名管理", 700, "楼宇名称备案", "/placenames/building-filings", 25, Set.of());
  }

  @Bean
  MenuItem inspectionMenuItem() {
    return new MenuItem("地名管理", 700, "联合检查", "/placenames/inspections", 40, Set.of());
  }

  @Bean
  MenuItem statisticsMenuItem() {
    return new MenuItem("地名管理", 700, "地名统计", "/placenames/statistics", 50, Set.of());
  }

  @Bean
  MenuItem gazetteerMenuItem() {
    return new MenuItem("地名管理", 700, "地名库", "/placenames/gazetteer", 10, Set.of());
  }
}
