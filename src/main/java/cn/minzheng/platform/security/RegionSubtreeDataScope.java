package cn.minzheng.platform.security;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.database.RowScope;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Data scope by region subtree. A caller without a staff identity (anonymous, citizen, service
 * account) has an empty scope here: those ways in check their own, narrower rules.
 */
@Component
class RegionSubtreeDataScope implements DataScope {

  /** 成都市: a user bound to the city node sees the whole city, without a predicate. */
  static final String CITY_CODE = "510100000000";

  private final CurrentUser currentUser;
  private final RegionHierarchy regions;

  RegionSubtreeDataScope(CurrentUser currentUser, RegionHierarchy regions) {
    this.currentUser = currentUser;
    this.regions = regions;
  }

  @Override
  public RegionFilter current() {
    return currentUser.staff().map(this::of).orElseGet(() -> RegionFilter.of(java.util.Set.of()));
  }

  @Override
  public RegionFilter of(StaffUser user) {
    if (CITY_CODE.equals(user.regionCode())) {
      return RegionFilter.all();
    }
    return RegionFilter.of(regions.subtreeOf(user.regionCode()));
  }

  @Override
  public void requireInScope(String recordRegionCode) {
    if (!permits(recordRegionCode)) {
      throw new RecordNotFoundException("record not in scope");
    }
  }

  @Override
  public boolean permits(String recordRegionCode) {
    return current().permits(recordRegionCode);
  }

  @Override
  public <T> T acrossRegions(Supplier<T> work) {
    return RowScope.lifted(work);
  }
}
