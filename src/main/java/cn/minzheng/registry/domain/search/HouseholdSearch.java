package cn.minzheng.registry.domain.search;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The household list, filtered by the caller's data scope first. */
@Service
@Transactional(readOnly = true)
public class HouseholdSearch {

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final RegionHierarchy regions;

  HouseholdSearch(JdbcClient jdbc, DataScope scope, RegionHierarchy regions) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.regions = regions;
  }

  public PageResult<HouseholdListItem> search(
      String number, String regionCode, int page, int size) {
    int p = Math.max(page, 0);
    int s = size <= 0 ? 20 : Math.min(size, PersonCriteria.MAX_PAGE_SIZE);
    StringBuilder where = new StringBuilder("true");
    List<Object> params = new ArrayList<>();
    RegionFilter filter = scope.current();
    if (!filter.unrestricted()) {
      where.append(" and h.region_code = any(?)");
      params.add(filter.codesArray());
    }
    if (regionCode != null && !regionCode.isBlank()) {
      if (!scope.permits(regionCode)) {
        return PageResult.empty(p, s);
      }
      where.append(" and h.region_code = any(?)");
      params.add(regions.subtreeOf(regionCode).toArray(String[]::new));
    }
    if (number != null && !number.isBlank()) {
      where.append(" and h.number = ?");
      params.add(number.strip());
    }
    List<HouseholdListItem> rows = page(where.toString(), params, p, s);
    long total =
        jdbc.sql(PageResult.cappedCount("registry.household h where " + where))
            .params(params)
            .query(Long.class)
            .single();
    return PageResult.of(rows, p, s, total);
  }

  /** One page of households, newest first, with head name and current member count. */
  private List<HouseholdListItem> page(String where, List<Object> params, int page, int size) {
    return jdbc.sql(
            "select h.id, h.number, h.region_code, h.address, hp.name,"
                + " (select count(*) from registry.household_member m"
                + "  where m.household_id = h.id and m.valid_to is null)"
                + " from registry.household h left join registry.person hp on hp.id = h.head_person_id"
                + " where "
                + where
                + " order by h.id desc limit ? offset ?")
        .params(params)
        .param(size)
        .param((long) page * size)
        .query(
            (rs, n) ->
                new HouseholdListItem(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getInt(6)))
        .list();
  }
}
