package cn.minzheng.marriage.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.MenuAvailability;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The marriage menus only where a registry office is: an active 婚姻登记处 in the user's region subtree
 * (the city has every office, a district its own; a street has none — registration is the county's,
 * 婚姻登记条例 第二条 — so a street caseworker sees no marriage menus).
 */
@Component
class OfficeMenuAvailability implements MenuAvailability {

  private final JdbcClient jdbc;
  private final DataScope dataScope;

  OfficeMenuAvailability(JdbcClient jdbc, DataScope dataScope) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
  }

  @Override
  public String group() {
    return MarriageMenu.GROUP;
  }

  @Override
  public boolean availableTo(StaffUser user) {
    RegionFilter scope = dataScope.of(user);
    return jdbc.sql(
            "select exists (select 1 from marriage.office where active"
                + " and (? or region_code = any(?)))")
        .params(scope.unrestricted(), scope.codesArray())
        .query(Boolean.class)
        .single();
  }
}
