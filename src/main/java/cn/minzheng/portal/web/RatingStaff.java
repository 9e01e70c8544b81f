package cn.minzheng.portal.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.portal.ratings.ServiceRatings;
import cn.minzheng.portal.ratings.ServiceRatings.Filter;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who reads the 好差评 ratings (docs/security.md): the street and county staff who serve, the city,
 * and the auditors; the page, its Excel and the API alike. One filter and paging for all three.
 */
final class RatingStaff {

  static final Set<Role> READERS =
      Set.of(Role.STREET_CASEWORKER, Role.DISTRICT_APPROVER, Role.CITY_ADMIN, Role.AUDITOR);

  private RatingStaff() {}

  static StaffUser require(CurrentUser currentUser) {
    StaffUser user = currentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
    if (user.roles().stream().noneMatch(READERS::contains)) {
      throw new AccessDeniedException("role not permitted");
    }
    return user;
  }

  static Filter filter(@Nullable String service, @Nullable String office, @Nullable Integer stars) {
    return new Filter(
        service == null || service.isBlank() ? null : service,
        office == null || office.isBlank() ? null : office.strip(),
        stars != null && stars >= 1 && stars <= 5 ? stars : null);
  }

  static PageQuery page(
      @Nullable Integer page, @Nullable Integer size, @Nullable String sort, @Nullable String dir) {
    return PageQuery.of(
        page, size, sort, dir == null ? "desc" : dir, ServiceRatings.SORTS, "rated_at");
  }
}
