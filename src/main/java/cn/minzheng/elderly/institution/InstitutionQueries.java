package cn.minzheng.elderly.institution;

import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Lists, the public list of filed institutions and beds per 1,000 registered elderly. */
@Service
public class InstitutionQueries {

  static final String COLUMNS =
      """
      id, name, credit_code, address, region_code, legal_representative, premises, contact_phone,
      total_beds, nursing_beds, occupied_beds, admitted_on, submitted_on, late, status,
      receipt_number, filed_on, materials_note, rating, filed_online""";

  private final JdbcClient jdbc;

  InstitutionQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The columns the list sorts by (the pager's whitelist). */
  public static final java.util.Set<String> SORTS =
      java.util.Set.of("submitted_on", "name", "total_beds", "admitted_on");

  /**
   * What the list is narrowed to: a status, a name fragment, those filed online; each {@code null}
   * (or false) for all.
   */
  public record Filter(
      @org.jspecify.annotations.Nullable String status,
      @org.jspecify.annotations.Nullable String name,
      boolean onlineOnly) {}

  /** One page of the institutions in {@code scope}, those waiting for a receipt first. */
  public PageResult<Institution> page(RegionFilter scope, Filter filter, PageQuery query) {
    String where =
        " from elderly.institution where (? or region_code = any(?))"
            + " and (?::text is null or status = ?::text)"
            + " and (?::text is null or name like '%' || ?::text || '%')"
            + " and (not ? or filed_online)";
    String name = filter.name() == null || filter.name().isBlank() ? null : filter.name().strip();
    List<Object> params =
        new java.util.ArrayList<>(
            java.util.Arrays.asList(
                scope.unrestricted(),
                scope.codesArray(),
                filter.status(),
                filter.status(),
                name,
                name,
                filter.onlineOnly()));
    long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
    params.add(query.size());
    params.add(query.offset());
    List<Institution> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + where
                    + " order by (status in ('SUBMITTED', 'MORE_MATERIALS')) desc, "
                    + query.orderBy()
                    + ", id limit ? offset ?")
            .params(params)
            .query(Institution.class)
            .list();
    return new PageResult<>(rows, query, total);
  }

  public Optional<Institution> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from elderly.institution where id = ?")
        .param(id)
        .query(Institution.class)
        .optional();
  }

  /** The published list: filed institutions only, the fields published (no credit code). */
  public List<Institution> published() {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from elderly.institution where status = 'FILED' order by region_code, name")
        .query(Institution.class)
        .list();
  }

  public record Inspection(
      long id,
      LocalDate inspectedOn,
      String findings,
      LocalDate rectificationDeadline,
      LocalDate rectifiedOn) {}

  public record Step(java.time.Instant at, String action, String note, String byUser) {}

  public List<Inspection> inspections(long id) {
    return jdbc.sql(
            """
            select id, inspected_on, findings, rectification_deadline, rectified_on
              from elderly.institution_inspection where institution_id = ?
             order by inspected_on desc""")
        .param(id)
        .query(Inspection.class)
        .list();
  }

  public List<Step> history(long id) {
    return jdbc.sql(
            "select at, action, note, by_user from elderly.institution_history"
                + " where institution_id = ? order by at, id")
        .param(id)
        .query(Step.class)
        .list();
  }

  public long openComplaints(long id) {
    return jdbc.sql(
            "select count(*) from elderly.institution_complaint where institution_id = ?"
                + " and status = 'OPEN'")
        .param(id)
        .query(Long.class)
        .single();
  }

  /** Beds of filed institutions against registered (户籍) residents aged 60+ alive, by district. */
  public record BedsPerThousand(
      String districtCode, long institutions, long beds, long elderly, BigDecimal perThousand) {}

  public List<BedsPerThousand> bedsPerThousand(LocalDate today) {
    return jdbc.sql(
            """
            with beds as (
              select left(region_code, 6) as d, count(*) as institutions, sum(total_beds) as beds
                from elderly.institution where status = 'FILED' group by 1),
            elders as (
              select left(hukou_region_code, 6) as d, count(*) as elderly
                from registry.person_fact
               where life_status = 'ALIVE' and hukou_region_code is not null
                 and birth_date <= (cast(? as date) - interval '60 years')::date
               group by 1)
            select coalesce(b.d, e.d) || '000000' as district_code,
                   coalesce(b.institutions, 0) as institutions, coalesce(b.beds, 0) as beds,
                   coalesce(e.elderly, 0) as elderly,
                   case when coalesce(e.elderly, 0) = 0 then null
                        else round(coalesce(b.beds, 0) * 1000.0 / e.elderly, 1) end as per_thousand
              from beds b full join elders e on e.d = b.d
             order by 1""")
        .param(today)
        .query(BedsPerThousand.class)
        .list();
  }
}
