package cn.minzheng.marriage.web;

import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The marriage module's entries of the left menu (group 婚姻登记). */
@Configuration(proxyBeanMethods = false)
class MarriageMenu {

  static final String GROUP = "婚姻登记";
  static final int GROUP_ORDER = 40;

  /** Counter clerks sit at district level; no new role is added for them. */
  static final Set<Role> CLERK_ROLES =
      EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.STREET_CASEWORKER);

  @Bean
  MenuItem marriageCounterMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "当日预约", "/marriage/counter", 1, CLERK_ROLES);
  }

  @Bean
  MenuItem marriageStatisticsMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "统计", "/marriage/statistics", 3, CLERK_ROLES);
  }

  @Bean
  MenuItem marriageCalendarMenu() {
    return new MenuItem(
        GROUP,
        GROUP_ORDER,
        "登记日历",
        "/marriage/admin/calendar",
        4,
        CalendarAdminPage.CALENDAR_ROLES);
  }

  @Bean
  MenuItem marriageWeddingsMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "集体婚礼", "/marriage/weddings", 5, CLERK_ROLES);
  }

  @Bean
  MenuItem marriageOfficesMenu() {
    return new MenuItem(
        GROUP,
        GROUP_ORDER,
        "登记处管理",
        "/marriage/admin/offices",
        6,
        CalendarAdminPage.CALENDAR_ROLES);
  }

  @Bean
  MenuItem marriageDivorceMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "离婚申请", "/marriage/divorces/new", 2, CLERK_ROLES);
  }
}
