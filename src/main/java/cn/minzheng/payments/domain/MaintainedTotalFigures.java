package cn.minzheng.payments.domain;

import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;
import cn.minzheng.cockpit.SqlFigure;
import cn.minzheng.payments.Programme;
import cn.minzheng.payments.ProgrammeFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link ProgrammeFigures} over {@code payments.month_region_total}; the records behind a figure
 * are the people with entitlements in the months counted (one page of a region subtree, by the
 * programme-and-month index).
 */
@Service
class MaintainedTotalFigures implements ProgrammeFigures {

  /** People (or person-months) and money per region over the months between the bounds. */
  private static final String VALUES =
      """
      select region_code, sum(%s) as value from payments.month_region_total
       where programme = '%s' and month between %s and :toMonth
         and (:all or region_code = any(:codes))
       group by region_code""";

  private static final String RECORDS =
      """
      select 'P' || e.person_id as reference, coalesce(p.name, op.name, '') as name, e.region_code,
             to_char(min(e.month), 'YYYY-MM') || '至' || to_char(max(e.month), 'YYYY-MM') as happened,
             count(*) || '个月' as detail, sum(e.amount) as value, count(*) over () as total
        from payments.entitlement e
        left join registry.person_fact p on p.id = e.person_id
        left join payments.organisation_payee op on op.id = e.person_id
       where e.programme = '%s' and e.month between %s and :toMonth
         and (:all or e.region_code = any(:codes))
       group by e.person_id, p.name, op.name, e.region_code
       order by e.region_code, name, e.person_id
       limit :limit offset :offset""";

  private final JdbcClient jdbc;

  MaintainedTotalFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Figure peopleInLastMonth(Programme programme, FigureSpec spec) {
    return figure(programme, spec, "people", ":toMonth");
  }

  @Override
  public Figure personTimes(Programme programme, FigureSpec spec) {
    return figure(programme, spec, "people", ":fromMonth");
  }

  @Override
  public Figure money(Programme programme, FigureSpec spec) {
    return figure(programme, spec, "amount", ":fromMonth");
  }

  /** The formatted parts are constants of this class and an enum name, never user input. */
  private Figure figure(Programme programme, FigureSpec spec, String column, String firstMonth) {
    return SqlFigure.of(jdbc, spec, VALUES.formatted(column, programme.name(), firstMonth))
        .withRecords(RECORDS.formatted(programme.name(), firstMonth));
  }
}
