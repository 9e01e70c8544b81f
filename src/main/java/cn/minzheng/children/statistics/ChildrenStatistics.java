package cn.minzheng.children.statistics;

import cn.minzheng.children.protection.ProtectionCases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 儿童福利统计: allowance person-times and money per month, category and district (what the monthly runs
 * computed; brief: 1.61万人次, 1,936.9万元 in the half year), and protection cases by stage, inside the
 * caller's region subtree. One grouped statement each.
 */
@Service
public class ChildrenStatistics {

  private final JdbcClient jdbc;

  ChildrenStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One month × category × district: person-times (a child paid in a month) and money. */
  public record PaidRow(
      LocalDate month,
      String category,
      String categoryLabel,
      String districtCode,
      long personTimes,
      BigDecimal money) {

    public YearMonth yearMonth() {
      return YearMonth.from(month);
    }
  }

  public record StageRow(String stage, long cases) {
    public String stageLabel() {
      return ProtectionCases.STAGES.getOrDefault(stage, stage);
    }
  }

  /** Months {@code from} to {@code to} inclusive; {@code codes} null: the whole city. */
  public List<PaidRow> paid(YearMonth from, YearMonth to, String @Nullable [] codes) {
    return jdbc.sql(
            """
            select p.month, p.category, c.label as category_label,
                   left(p.region_code, 6) || '000000' as district_code,
                   count(*) as person_times, sum(p.amount) as money
              from children.allowance_payment p
              join children.category c on c.code = p.category
             where p.month between :from and :to and (:all or p.region_code = any(:codes))
             group by p.month, p.category, c.label, c.sort_order, left(p.region_code, 6)
             order by p.month, c.sort_order, district_code""")
        .param("from", from.atDay(1))
        .param("to", to.atDay(1))
        .param("all", codes == null)
        .param("codes", codes == null ? new String[0] : codes)
        .query(PaidRow.class)
        .list();
  }

  public List<StageRow> protectionByStage(String @Nullable [] codes) {
    return jdbc.sql(
            """
            select stage, count(*) as cases from children.protection_case
             where (:all or region_code = any(:codes))
             group by stage
             order by array_position(array['REPORTED', 'REFERRED', 'FOLLOW_UP', 'CLOSED'], stage)""")
        .param("all", codes == null)
        .param("codes", codes == null ? new String[0] : codes)
        .query(StageRow.class)
        .list();
  }
}
