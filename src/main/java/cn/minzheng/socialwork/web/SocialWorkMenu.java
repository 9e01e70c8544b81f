package cn.minzheng.socialwork.web;

import cn.minzheng.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The entries of the left menu (group 社会工作). */
@Configuration(proxyBeanMethods = false)
class SocialWorkMenu {

  static final String GROUP = "社会工作";
  static final int GROUP_ORDER = 72;

  @Bean
  MenuItem socialWorkStationsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "社工站与关爱服务", "/socialwork/stations", 1, SocialWorkAccess.STAFF);
  }

  @Bean
  MenuItem socialWorkWorkersMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "持证社工", "/socialwork/workers", 2, SocialWorkAccess.STAFF);
  }

  @Bean
  MenuItem socialWorkAgenciesMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "社工机构", "/socialwork/agencies", 3, SocialWorkAccess.STAFF);
  }

  @Bean
  MenuItem socialWorkCoverageMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "社工覆盖统计", "/socialwork/coverage", 4, SocialWorkAccess.STATISTICS);
  }

  @Bean
  MenuItem socialWorkContractsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "购买社会工作服务", "/socialwork/contracts", 5, SocialWorkAccess.CONTRACT_READ);
  }

  @Bean
  MenuItem socialWorkConventionsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "村规民约与居民公约", "/socialwork/conventions", 6, SocialWorkAccess.STAFF);
  }

  @Bean
  MenuItem socialWorkGovernanceMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "居民自治组织", "/socialwork/governance", 7, SocialWorkAccess.STAFF);
  }

  @Bean
  MenuItem socialWorkWalkMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "局长走流程", "/socialwork/walk", 9, SocialWorkAccess.WALK_BOARD);
  }

  @Bean
  MenuItem socialWorkOpenDaysMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "开放日", "/socialwork/open-days", 10, SocialWorkAccess.OPEN_DAY_READ);
  }
}
