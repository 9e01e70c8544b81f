package cn.minzheng.elderly.homeservice;

import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 月度结算单 per provider: the confirmed records of the month (service hours, elders, amount);
 * unconfirmed records are listed apart and settled once confirmed.
 */
@Service
public class HomeServiceSettlement {

  private final JdbcClient jdbc;

  HomeServiceSettlement(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Line(
      long providerId,
      String provider,
      long records,
      long elders,
      BigDecimal hours,
      BigDecimal amount,
      BigDecimal averageRating,
      long complaints,
      long unconfirmed) {}

  public List<Line> month(YearMonth month, RegionFilter scope) {
    return jdbc.sql(
            """
            select p.id as provider_id, p.name as provider,
                   count(r.id) filter (where r.confirmed_at is not null) as records,
                   count(distinct r.person_id) filter (where r.confirmed_at is not null) as elders,
                   round(coalesce(sum(r.minutes) filter (where r.confirmed_at is not null), 0)
                         / 60.0, 1) as hours,
                   coalesce(sum(r.amount) filter (where r.confirmed_at is not null), 0) as amount,
                   round(avg(r.rating), 1) as average_rating,
                   count(r.complaint) as complaints,
                   count(r.id) filter (where r.confirmed_at is null) as unconfirmed
              from elderly.service_provider p
              join elderly.home_service_record r on r.provider_id = p.id
             where r.served_at >= ? and r.served_at < ?
               and (? or r.region_code = any(?))
             group by p.id, p.name order by p.id""")
        .params(
            Timestamp.from(month.atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant()),
            Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant()),
            scope.unrestricted(),
            scope.codesArray())
        .query(Line.class)
        .list();
  }
}
