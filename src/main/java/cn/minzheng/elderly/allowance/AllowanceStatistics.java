package cn.minzheng.elderly.allowance;

import cn.minzheng.platform.RegionFilter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Recipients and money by month, district and band; existence-check status; in a scope. */
@Service
public class AllowanceStatistics {

  private final JdbcClient jdbc;

  AllowanceStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record MonthRow(
      String month, String districtCode, String band, long people, BigDecimal amount) {}

  public record CheckCounts(long recipients, long checkedInInterval, long suspended, long repaid) {}

  public List<MonthRow> byMonthDistrictBand(RegionFilter scope, YearMonth from, YearMonth to) {
    return jdbc.sql(
            """
            select to_char(month, 'YYYY-MM') as month,
                   left(region_code, 6) || '000000' as district_code,
                   band_label as band, count(*) as people, sum(amount) as amount
              from elderly.allowance_payment
             where month between ? and ? and (? or region_code = any(?))
             group by 1, 2, 3 order by 1 desc, 2, 3""")
        .params(from.atDay(1), to.atDay(1), scope.unrestricted(), scope.codesArray())
        .query(MonthRow.class)
        .list();
  }

  public CheckCounts checks(RegionFilter scope, int intervalMonths) {
    return jdbc.sql(
            """
            select count(*) as recipients,
                   count(*) filter (where exists (
                     select 1 from elderly.existence_verification v where v.person_id = r.person_id
                        and v.verified_on > current_date - make_interval(months => ?)))
                     as checked_in_interval,
                   (select count(distinct person_id) from elderly.allowance_suspension s
                     where s.repaid_at is null and (? or s.region_code = any(?))) as suspended,
                   (select count(*) from elderly.allowance_suspension s
                     where s.repaid_at is not null and (? or s.region_code = any(?))) as repaid
              from elderly.allowance_recipient r where (? or r.region_code = any(?))""")
        .params(
            intervalMonths,
            scope.unrestricted(),
            scope.codesArray(),
            scope.unrestricted(),
            scope.codesArray(),
            scope.unrestricted(),
            scope.codesArray())
        .query(CheckCounts.class)
        .single();
  }
}
