package cn.minzheng.disability.statistics;

import cn.minzheng.disability.subsidy.Categories;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 残疾人福利统计 of a period of months inside a region subtree: the two subsidies paid (person-times and
 * money per month, subsidy, grade, category and district; the brief counts 80.96万人次 and 1.01亿元 in a
 * half year) from the months the run computed for confirmed recipients, and the use of the rental
 * devices per item and service point (rental days over unit days in the period).
 */
@Service
public class DisabilityStatistics {

  public static final Set<String> SORTS =
      Set.of("month", "subsidy", "district_code", "category", "grade", "persons", "money");

  private final JdbcClient jdbc;
  private final RegionHierarchy regions;

  DisabilityStatistics(JdbcClient jdbc, RegionHierarchy regions) {
    this.jdbc = jdbc;
    this.regions = regions;
  }

  /** One group of paid months: persons (人次 when summed over months) and money. */
  public record SubsidyRow(
      LocalDate month,
      Subsidy subsidy,
      String districtCode,
      String districtName,
      String category,
      int grade,
      long persons,
      BigDecimal money) {
    public String subsidyLabel() {
      return subsidy.label();
    }

    public String categoryLabel() {
      return Categories.label(category);
    }
  }

  /** Per month and subsidy. */
  public record MonthTotal(LocalDate month, Subsidy subsidy, long persons, BigDecimal money) {
    public String subsidyLabel() {
      return subsidy.label();
    }
  }

  /** What to count: months, and optionally one subsidy and one grade. */
  public record Filter(
      YearMonth from, YearMonth to, @Nullable Subsidy subsidy, @Nullable Integer grade) {}

  private static final String GROUPED =
      """
      select e.month, e.subsidy, substr(e.region_code, 1, 6) || '000000' as district_code,
             e.category, e.grade, count(*) as persons, sum(e.amount) as money
        from disability.eligible_month e
       where e.paid and e.month between ? and ? and (? or e.region_code = any(?))
         and (cast(? as text) is null or e.subsidy = ?) and (cast(? as int) is null or e.grade = ?)
       group by 1, 2, 3, 4, 5
      """;

  private Object[] params(RegionFilter scope, Filter f) {
    String subsidy = f.subsidy() == null ? null : f.subsidy().name();
    return new Object[] {
      f.from().atDay(1),
      f.to().atDay(1),
      scope.unrestricted(),
      scope.codesArray(),
      subsidy,
      subsidy,
      f.grade(),
      f.grade()
    };
  }

  /** One page of the groups, sorted by a whitelisted column. */
  public PageResult<SubsidyRow> subsidies(RegionFilter scope, Filter f, PageQuery page) {
    long total =
        jdbc.sql("select count(*) from (" + GROUPED + ") g")
            .params(params(scope, f))
            .query(Long.class)
            .single();
    List<SubsidyRow> rows =
        jdbc.sql(
                "select * from ("
                    + GROUPED
                    + ") g order by "
                    + page.orderBy()
                    + ", month, subsidy, district_code, category, grade limit ? offset ?")
            .params(concat(params(scope, f), page.size(), page.offset()))
            .query((rs, n) -> subsidyRow(rs))
            .list();
    return new PageResult<>(rows, page, total);
  }

  /** Every group, for the Excel export. */
  public List<SubsidyRow> allSubsidies(RegionFilter scope, Filter f) {
    return jdbc.sql(
            "select * from ("
                + GROUPED
                + ") g order by month, subsidy, district_code, category, grade")
        .params(params(scope, f))
        .query((rs, n) -> subsidyRow(rs))
        .list();
  }

  public List<MonthTotal> monthTotals(RegionFilter scope, Filter f) {
    return jdbc.sql(
            """
            select month, subsidy, sum(persons) as persons, sum(money) as money
              from (%s) g group by 1, 2 order by 1, 2"""
                .formatted(GROUPED))
        .params(params(scope, f))
        .query(
            (rs, n) ->
                new MonthTotal(
                    rs.getObject(1, LocalDate.class),
                    Subsidy.valueOf(rs.getString(2)),
                    rs.getLong(3),
                    rs.getBigDecimal(4)))
        .list();
  }

  private SubsidyRow subsidyRow(java.sql.ResultSet rs) throws java.sql.SQLException {
    String district = rs.getString("district_code");
    return new SubsidyRow(
        rs.getObject("month", LocalDate.class),
        Subsidy.valueOf(rs.getString("subsidy")),
        district,
        regions.nameOf(district),
        rs.getString("category"),
        rs.getInt("grade"),
        rs.getLong("persons"),
        rs.getBigDecimal("money"));
  }

  /**
   * The use of one item at one point in the period: its units (retired ones left out), those out or
   * reserved now, rentals handed out in the period, rental days in the period (each rental from its
   * hand-out to its return, or to the period's end while out) and the utilisation = rental days /
   * (units × days of the period).
   */
  public record Utilisation(
      long itemId,
      String itemName,
      String kind,
      long pointId,
      String pointName,
      String regionCode,
      long units,
      long rentedNow,
      long handedOut,
      long rentalDays,
      BigDecimal utilisationPercent) {}

  public List<Utilisation> utilisation(RegionFilter scope, LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    return jdbc.sql(
            """
            with units as (
              select u.item_id, u.point_id, count(*) filter (where u.status <> 'RETIRED') as units,
                     count(*) filter (where u.status = 'RENTED') as rented_now
                from disability.device_unit u group by 1, 2),
            rentals as (
              select r.item_id, r.point_id,
                     count(*) filter (where r.handed_out_on between :from and :to) as handed_out,
                     coalesce(sum(greatest(0, least(coalesce(r.returned_on, :to + 1), :to + 1)
                                              - greatest(r.handed_out_on, :from))), 0) as rental_days
                from disability.rental r
               where r.handed_out_on is not null and r.handed_out_on <= :to
                 and (r.returned_on is null or r.returned_on > :from)
               group by 1, 2)
            select i.id as item_id, i.name as item_name, i.kind, p.id as point_id,
                   p.name as point_name, p.region_code, u.units, u.rented_now,
                   coalesce(r.handed_out, 0) as handed_out, coalesce(r.rental_days, 0) as rental_days
              from units u
              join disability.device_item i on i.id = u.item_id
              join disability.service_point p on p.id = u.point_id
              left join rentals r on r.item_id = u.item_id and r.point_id = u.point_id
             where (:all or p.region_code = any(:codes))
             order by p.region_code, p.name, i.kind, i.name""")
        .param("from", from)
        .param("to", to)
        .param("all", scope.unrestricted())
        .param("codes", scope.codesArray())
        .query(
            (rs, n) -> {
              long units = rs.getLong("units");
              long rentalDays = rs.getLong("rental_days");
              BigDecimal percent =
                  units == 0
                      ? BigDecimal.ZERO.setScale(1)
                      : BigDecimal.valueOf(rentalDays * 100)
                          .divide(BigDecimal.valueOf(units * days), 1, RoundingMode.HALF_UP);
              return new Utilisation(
                  rs.getLong("item_id"),
                  rs.getString("item_name"),
                  rs.getString("kind"),
                  rs.getLong("point_id"),
                  rs.getString("point_name"),
                  rs.getString("region_code"),
                  units,
                  rs.getLong("rented_now"),
                  rs.getLong("handed_out"),
                  rentalDays,
                  percent);
            })
        .list();
  }

  private static Object[] concat(Object[] head, Object... tail) {
    Object[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
