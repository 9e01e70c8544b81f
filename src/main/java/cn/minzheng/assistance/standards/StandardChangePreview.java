package cn.minzheng.assistance.standards;

import cn.minzheng.assistance.StandardInForce;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a new standard version would change before it is applied: the active 低保 and 特困 cases of the
 * area from the effective month, with the monthly amount per person before and after.
 */
@Service
public class StandardChangePreview {

  private final JdbcClient jdbc;
  private final StandardStore store;

  StandardChangePreview(JdbcClient jdbc, StandardStore store) {
    this.jdbc = jdbc;
    this.store = store;
  }

  public Preview preview(StandardInForce proposed) {
    LocalDate from = proposed.effectiveFrom();
    StandardInForce current = store.inForce(proposed.areaCode(), from).orElse(null);
    List<AffectedCase> cases =
        jdbc.sql(
                """
                select c.case_no, c.type, c.applicant_name,
                       (select count(*) from assistance.case_member m
                         where m.case_id = c.id and m.included and m.died_on is null) as people
                  from assistance.assistance_case c
                 where c.area_code = ? and c.type in ('DIBAO', 'TEKUN')
                   and c.state = 'CONFIRMED' and (c.end_month is null or c.end_month >= ?)
                 order by c.case_no""")
            .params(proposed.areaCode(), from)
            .query(
                (rs, n) ->
                    new AffectedCase(
                        rs.getString(1),
                        rs.getString(2),
                        cn.minzheng.shared.Masking.publicName(rs.getString(3)),
                        rs.getInt(4)))
            .list();
    long people = cases.stream().mapToLong(AffectedCase::people).sum();
    BigDecimal before = current == null ? BigDecimal.ZERO : current.dibaoStandard();
    return new Preview(
        proposed, current, cases.size(), people, proposed.dibaoStandard().subtract(before), cases);
  }

  public record AffectedCase(String caseNo, String type, String maskedName, int people) {}

  /**
   * @param standardChange new minus current 低保 standard: the change per person of a 低保 household
   *     paid by the difference method (unless the minimum applies)
   */
  public record Preview(
      StandardInForce proposed,
      StandardInForce current,
      int households,
      long people,
      BigDecimal standardChange,
      List<AffectedCase> cases) {}
}
