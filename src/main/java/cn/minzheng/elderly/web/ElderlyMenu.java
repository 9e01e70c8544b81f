package cn.minzheng.elderly.web;

import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The elderly-care entries of the left menu (group 养老服务). */
@Configuration(proxyBeanMethods = false)
class ElderlyMenu {

  static final String GROUP = "养老服务";
  static final int GROUP_ORDER = 50;

  static final Set<Role> ADMIN = EnumSet.of(Role.CITY_ADMIN);
  static final Set<Role> OPERATOR = EnumSet.of(Role.INSTITUTION_OPERATOR);

  /** The civil-affairs bureau (county and city) that decides filings and binds operators. */
  static final Set<Role> BUREAU = EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER);

  /** The offices that take people on (the community collects and visits, it does not enrol). */
  static final Set<Role> OFFICE =
      EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.STREET_CASEWORKER);

  static final Set<Role> STAFF =
      EnumSet.of(
          Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.STREET_CASEWORKER, Role.COMMUNITY_WORKER);

  @Bean
  MenuItem elderlyChecksMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "生存认证", "/elderly/allowance/checks", 1, STAFF);
  }

  @Bean
  MenuItem elderlyStatisticsMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "养老统计", "/elderly/statistics", 2, STAFF);
  }

  @Bean
  MenuItem elderlyConfigMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "高龄津贴标准", "/elderly/allowance/config", 3, ADMIN);
  }

  @Bean
  MenuItem elderlyFacilitiesMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "养老设施", "/elderly/facilities", 4, STAFF);
  }

  @Bean
  MenuItem elderlyInstitutionsMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "养老机构备案", "/elderly/institutions", 5, STAFF);
  }

  @Bean
  MenuItem elderlyServiceListMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "基本养老服务清单", "/elderly/service-list", 6, STAFF);
  }

  @Bean
  MenuItem elderlyHomeServicesMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "居家上门服务", "/elderly/home-services", 7, STAFF);
  }

  @Bean
  MenuItem elderlyModificationMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "适老化改造", "/elderly/modification", 8, STAFF);
  }

  @Bean
  MenuItem elderlyOwnInstitutionMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "本机构备案", InstitutionOperatorPage.PATH, 9, OPERATOR);
  }
}
