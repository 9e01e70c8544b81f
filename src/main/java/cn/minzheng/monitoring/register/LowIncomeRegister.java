package cn.minzheng.monitoring.register;

import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The low-income register: entries from the programmes (events of {@code assistance}) and from
 * manual identification. Including a person already in the category changes nothing; ending sets
 * the last day.
 */
@Service
public class LowIncomeRegister {

  private final JdbcClient jdbc;

  LowIncomeRegister(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Answers true when the person was not yet in the category. */
  public boolean include(Inclusion inclusion, String by) {
    return jdbc.sql(
                """
                insert into monitoring.register_entry (person_id, household_id, region_code,
                  category, origin, reason, case_id, since, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (person_id, category) where until is null do nothing""")
            .params(
                inclusion.personId(),
                inclusion.householdId(),
                inclusion.regionCode(),
                inclusion.category().name(),
                inclusion.origin(),
                inclusion.reason(),
                inclusion.caseId(),
                inclusion.since(),
                by)
            .update()
        == 1;
  }

  public int end(long personId, RegisterCategory category, LocalDate until) {
    return jdbc.sql(
            "update monitoring.register_entry set until = ? where person_id = ? and category = ?"
                + " and until is null")
        .params(until, personId, category.name())
        .update();
  }

  public List<RegisterEntry> current(RegionFilter scope, RegisterCategory category, int limit) {
    return jdbc.sql(
            """
            select id, person_id, household_id, region_code, category, origin, reason, since, until
              from monitoring.register_entry
             where until is null and (? or region_code = any(?))
               and (?::text is null or category = ?::text)
             order by region_code, household_id, person_id limit ?""")
        .params(
            scope.unrestricted(),
            scope.codesArray(),
            category == null ? null : category.name(),
            category == null ? null : category.name(),
            limit)
        .query(LowIncomeRegister::entry)
        .list();
  }

  /** Columns a page may sort the register by. */
  public static final Set<String> SORTS = Set.of("region_code", "category", "since");

  /**
   * One page of the current register in {@code scope}, narrowed to a category ({@code null}: all);
   * ties broken by id so that paging is stable.
   */
  public PageResult<RegisterEntry> current(
      RegionFilter scope, @Nullable RegisterCategory category, PageQuery page) {
    String where =
        """
         where until is null and (? or region_code = any(?))
           and (cast(? as text) is null or category = ?)""";
    String code = category == null ? null : category.name();
    Object[] params = {scope.unrestricted(), scope.codesArray(), code, code};
    long total =
        jdbc.sql("select count(*) from monitoring.register_entry " + where)
            .params(params)
            .query(Long.class)
            .single();
    List<RegisterEntry> rows =
        jdbc.sql(
                "select id, person_id, household_id, region_code, category, origin, reason, since,"
                    + " until from monitoring.register_entry "
                    + where
                    + " order by "
                    + page.orderBy()
                    + ", id limit ? offset ?")
            .params(params)
            .param(page.size())
            .param(page.offset())
            .query(LowIncomeRegister::entry)
            .list();
    return new PageResult<>(rows, page, total);
  }

  private static RegisterEntry entry(ResultSet rs, int n) throws SQLException {
    return new RegisterEntry(
        rs.getLong(1),
        rs.getLong(2),
        (Long) rs.getObject(3),
        rs.getString(4),
        RegisterCategory.valueOf(rs.getString(5)),
        rs.getString(6),
        rs.getString(7),
        rs.getObject(8, LocalDate.class),
        rs.getObject(9, LocalDate.class));
  }

  public List<RegisterEntry> ofPerson(long personId) {
    return jdbc.sql(
            "select id, person_id, household_id, region_code, category, origin, reason, since, until"
                + " from monitoring.register_entry where person_id = ? order by since desc")
        .param(personId)
        .query(LowIncomeRegister::entry)
        .list();
  }

  /** One person entering one category. */
  public record Inclusion(
      long personId,
      Long householdId,
      String regionCode,
      RegisterCategory category,
      String origin,
      String reason,
      Long caseId,
      LocalDate since) {}
}
