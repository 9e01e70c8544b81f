package cn.minzheng.payments.domain;

import cn.minzheng.payments.Programme;
import cn.minzheng.payments.ProgrammeTotals;
import cn.minzheng.platform.DataScope;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads {@code payments.month_region_total}, rolled up to districts by the region tree. */
@Service
class JdbcProgrammeTotals implements ProgrammeTotals {

  private final JdbcClient jdbc;
  private final DistrictMap districts;
  private final DataScope dataScope;

  JdbcProgrammeTotals(JdbcClient jdbc, DistrictMap districts, DataScope dataScope) {
    this.jdbc = jdbc;
    this.districts = districts;
    this.dataScope = dataScope;
  }

  @Override
  public List<DistrictTotal> byDistrict(YearMonth from, YearMonth to) {
    DistrictMap.Pairs pairs = districts.within(dataScope.current());
    return jdbc.sql(
            """
            with district as (select * from unnest(cast(:codes as text[]),
                                                   cast(:districts as text[]))
                                as d(region_code, district_code))
            select t.programme, d.district_code,
                   sum(t.people) filter (where t.month = :to) as people,
                   sum(t.amount) as amount
              from payments.month_region_total t
              join district d on d.region_code = t.region_code
             where t.month between :from and :to
             group by t.programme, d.district_code
             order by t.programme, d.district_code""")
        .param("codes", pairs.codes())
        .param("districts", pairs.districts())
        .param("from", from.atDay(1))
        .param("to", to.atDay(1))
        .query(
            (rs, n) ->
                new DistrictTotal(
                    Programme.valueOf(rs.getString("programme")),
                    rs.getString("district_code"),
                    rs.getLong("people"),
                    rs.getBigDecimal("amount")))
        .list();
  }
}
