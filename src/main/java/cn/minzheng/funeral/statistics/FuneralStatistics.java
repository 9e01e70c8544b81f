package cn.minzheng.funeral.statistics;

import cn.minzheng.funeral.config.BeneficiaryGroup;
import cn.minzheng.funeral.halls.HallKind;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Funeral statistics of a period of months inside a region subtree: families and money of the
 * subsidies paid per month, group (subsidy type) and district (the brief: 5.28万 families, 3,380.5万
 * yuan in a half year), and the use of memorial halls (ceremonies per month and kind of hall).
 */
@Service
public class FuneralStatistics {

  private final JdbcClient jdbc;
  private final RegionHierarchy regions;

  FuneralStatistics(JdbcClient jdbc, RegionHierarchy regions) {
    this.jdbc = jdbc;
    this.regions = regions;
  }

  /** One row: month, group, district (county-level code), families, money. */
  public record SubsidyRow(
      LocalDate month,
      BeneficiaryGroup beneficiaryGroup,
      String districtCode,
      String districtName,
      long families,
      BigDecimal money) {}

  public record HallUseRow(LocalDate month, HallKind kind, long ceremonies, long slots) {}

  public record Totals(long families, BigDecimal money) {}

  public List<SubsidyRow> subsidies(RegionFilter scope, YearMonth from, YearMonth to) {
    return jdbc.sql(
            """
            select p.pay_month as month, c.beneficiary_group,
                   substr(p.region_code, 1, 6) || '000000' as district_code,
                   count(*) as families, sum(p.amount) as money
              from funeral.subsidy_payment p
              join funeral.subsidy_case c on c.id = p.case_id
             where p.pay_month between ? and ? and (? or p.region_code = any(?))
             group by 1, 2, 3
             order by 1, 3, 2""")
        .params(from.atDay(1), to.atDay(1), scope.unrestricted(), scope.codesArray())
        .query(
            (rs, n) ->
                new SubsidyRow(
                    rs.getObject(1, LocalDate.class),
                    BeneficiaryGroup.valueOf(rs.getString(2)),
                    rs.getString(3),
                    regions.nameOf(rs.getString(3)),
                    rs.getLong(4),
                    rs.getBigDecimal(5)))
        .list();
  }

  public Totals totals(RegionFilter scope, YearMonth from, YearMonth to) {
    return jdbc.sql(
            """
            select count(*) as families, coalesce(sum(p.amount), 0) as money
              from funeral.subsidy_payment p
             where p.pay_month between ? and ? and (? or p.region_code = any(?))""")
        .params(from.atDay(1), to.atDay(1), scope.unrestricted(), scope.codesArray())
        .query(Totals.class)
        .single();
  }

  public List<HallUseRow> hallUse(RegionFilter scope, YearMonth from, YearMonth to) {
    return jdbc.sql(
            """
            select date_trunc('month', s.day)::date as month, h.kind,
                   count(c.id) filter (where c.state = 'BOOKED') as ceremonies,
                   count(distinct s.id) as slots
              from funeral.hall h
              join funeral.facility f on f.id = h.facility_id
              join booking.slot_fact s on s.owner = 'funeral.hall' and s.owner_key = h.id
              left join funeral.ceremony c on c.slot_id = s.id
             where s.day between ? and ? and (? or f.region_code = any(?))
             group by 1, 2 order by 1, 2""")
        .params(from.atDay(1), to.atEndOfMonth(), scope.unrestricted(), scope.codesArray())
        .query(HallUseRow.class)
        .list();
  }
}
