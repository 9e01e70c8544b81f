package cn.minzheng.rescue.intake;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.ChinaTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Lists and look-ups of stays, always inside the caller's region filter. */
@Service
public class IntakeQueries {

  public static final Set<String> SORTS = Set.of("admitted_on", "intake_no", "exited_on");

  static final String SELECT =
      """
      select i.id, i.intake_no, i.station_id, s.name as station_name, i.region_code, i.person_id,
             i.unidentified_id, u.temporary_no, p.name as person_name, i.admitted_on, i.found_place,
             i.referred_by, i.extended_until, i.exit_kind, i.exited_on, i.receiving_county_code,
             i.escort, i.receiver, i.institution, i.exit_note
        from rescue.intake i
        join rescue.station s on s.id = i.station_id
        left join rescue.unidentified u on u.id = i.unidentified_id
        left join registry.person_fact p on p.id = i.person_id
      """;

  private static final String FILTER =
      """
       where (:all or i.region_code = any(:codes))
         and (cast(:station as bigint) is null or i.station_id = :station)
         and (cast(:open as boolean) is null or (i.exit_kind is null) = :open)
         and (not :overdue or (i.exit_kind is null
              and coalesce(i.extended_until, i.admitted_on + 9) < :today))
         and (cast(:unidentified as boolean) is null or (i.person_id is null) = :unidentified)
      """;

  private final JdbcClient jdbc;

  private final DataScope scope;

  IntakeQueries(JdbcClient jdbc, DataScope scope) {
    this.scope = scope;
    this.jdbc = jdbc;
  }

  /**
   * What a list asks for: a station, open (在站) or finished stays, only stays beyond their limit,
   * only persons still unidentified; null means any.
   */
  public record Filter(Long stationId, Boolean open, boolean overdueOnly, Boolean unidentified) {
    public static Filter openStays() {
      return new Filter(null, true, false, null);
    }
  }

  public PageResult<IntakeRow> list(RegionFilter scope, Filter filter, PageQuery page) {
    List<IntakeRow> rows =
        bind(
                jdbc.sql(
                    SELECT
                        + FILTER
                        + " order by i."
                        + page.orderBy()
                        + ", i.id desc limit :limit offset :offset"),
                scope,
                filter)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(IntakeRow.class)
            .list();
    long total =
        bind(jdbc.sql("select count(*) from rescue.intake i" + FILTER), scope, filter)
            .query(Long.class)
            .single();
    return new PageResult<>(rows, page, total);
  }

  /** Open stays and those beyond their limit in the filter: the work queue's two numbers. */
  public long[] openAndOverdue(RegionFilter scope) {
    return jdbc.sql(
            """
            select count(*), count(*) filter (where coalesce(extended_until, admitted_on + 9) < :today)
              from rescue.intake
             where exit_kind is null and (:all or region_code = any(:codes))""")
        .param("all", scope.unrestricted())
        .param("codes", scope.codesArray())
        .param("today", ChinaTime.today())
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }

  /** Not scoped: callers check the row's region. */
  public Optional<IntakeRow> find(long id) {
    return jdbc.sql(SELECT + " where i.id = ?").param(id).query(IntakeRow.class).optional();
  }

  /**
   * Every stay of the same person, the given one included, oldest first: the registry person's
   * stays and those of every temporary record linked to the same person, at every station. Not
   * scoped, neither by Java nor by the row scope: the history of one person across the city.
   */
  public List<IntakeRow> samePerson(IntakeRow intake) {
    return scope.acrossRegions(() -> samePersonAcrossStations(intake));
  }

  private List<IntakeRow> samePersonAcrossStations(IntakeRow intake) {
    return jdbc.sql(
            SELECT
                + """
                 where (cast(:person as bigint) is not null and i.person_id = :person)
                    or i.unidentified_id in (select g.id from rescue.unidentified g
                         where coalesce(g.same_as_id, g.id) =
                               (select coalesce(x.same_as_id, x.id) from rescue.unidentified x
                                 where x.id = :unidentified))
                 order by i.admitted_on, i.id""")
        .param("person", intake.personId())
        .param("unidentified", intake.unidentifiedId())
        .query(IntakeRow.class)
        .list();
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec spec, RegionFilter scope, Filter filter) {
    return spec.param("all", scope.unrestricted())
        .param("codes", scope.codesArray())
        .param("station", filter.stationId())
        .param("open", filter.open())
        .param("overdue", filter.overdueOnly())
        .param("today", ChinaTime.today())
        .param("unidentified", filter.unidentified());
  }
}
