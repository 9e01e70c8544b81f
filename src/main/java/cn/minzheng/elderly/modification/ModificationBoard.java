package cn.minzheng.elderly.modification;

import cn.minzheng.platform.RegionFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** 状态看板: cases by status and district in a scope, households done in a period, the cases. */
@Service
public class ModificationBoard {

  private final JdbcClient jdbc;

  ModificationBoard(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Count(String districtCode, ModificationStatus status, long cases) {}

  public record Case(
      long id,
      long personId,
      String regionCode,
      ModificationStatus status,
      LocalDate appliedOn,
      BigDecimal planCost,
      BigDecimal subsidy) {}

  public List<Count> counts(RegionFilter scope) {
    return jdbc.sql(
            """
            select left(region_code, 6) || '000000' as district_code, status, count(*) as cases
              from elderly.modification_case where (? or region_code = any(?))
             group by 1, 2 order by 1, 2""")
        .params(scope.unrestricted(), scope.codesArray())
        .query(Count.class)
        .list();
  }

  /** Households whose modification was accepted or subsidised, applied within the period. */
  public long householdsDone(RegionFilter scope, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            select count(distinct person_id) from elderly.modification_case
             where status in ('ACCEPTED', 'SUBSIDISED') and applied_on between ? and ?
               and (? or region_code = any(?))""")
        .params(from, to, scope.unrestricted(), scope.codesArray())
        .query(Long.class)
        .single();
  }

  public List<Case> cases(RegionFilter scope, int limit) {
    return jdbc.sql(
            """
            select id, person_id, region_code, status, applied_on, plan_cost, subsidy
              from elderly.modification_case where (? or region_code = any(?))
             order by updated_at desc limit ?""")
        .params(scope.unrestricted(), scope.codesArray(), limit)
        .query(Case.class)
        .list();
  }

  public java.util.Optional<String> regionOf(long caseId) {
    return jdbc.sql("select region_code from elderly.modification_case where id = ?")
        .param(caseId)
        .query(String.class)
        .optional();
  }
}
