package cn.minzheng.assistance.statistics;

import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * People covered and money due by month, county-level area, programme and category — the figures of
 * the brief (8.76万 people / 2.55亿 yuan for 低保 in H1). Read from the entitlements this module handed
 * to {@code payments} (its published view {@code payments.entitlement_fact}), joined to the cases
 * by case number; scoped by the caller's region.
 */
@Service
public class AssistanceStatistics {

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final RegionHierarchy regions;

  AssistanceStatistics(JdbcClient jdbc, DataScope scope, RegionHierarchy regions) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.regions = regions;
  }

  public List<Row> rows(YearMonth from, YearMonth to) {
    RegionFilter f = scope.current();
    return jdbc.sql(
            """
            select to_char(e.month, 'YYYY-MM') as month, c.area_code, e.programme,
                   coalesce(c.category, '') as category, count(distinct e.person_id) as people,
                   sum(e.amount) as amount
              from payments.entitlement_fact e
              join assistance.assistance_case c on c.case_no = e.case_ref
             where e.programme in ('DIBAO', 'TEKUN', 'LINSHI') and e.month between ? and ?
               and (? or e.region_code = any(?))
             group by 1, 2, 3, 4
             order by 1, 2, 3, 4""")
        .params(from.atDay(1), to.atDay(1), f.unrestricted(), f.codesArray())
        .query(
            (rs, n) ->
                new Row(
                    rs.getString(1),
                    regions.nameOf(rs.getString(2)),
                    Programme.valueOf(rs.getString(3)).label(),
                    rs.getString(4).isEmpty() ? "" : Category.valueOf(rs.getString(4)).label(),
                    rs.getLong(5),
                    rs.getBigDecimal(6)))
        .list();
  }

  public record Row(
      String month,
      String area,
      String programme,
      String category,
      long people,
      BigDecimal amount) {}
}
