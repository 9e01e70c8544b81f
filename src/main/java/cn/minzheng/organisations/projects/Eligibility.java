package cn.minzheng.organisations.projects;

import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.reports.ReportDeadlines;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may receive special funds (domain-rules §9.4): an organisation in normal status, on no credit
 * list (活动异常名录 or 严重违法失信名单, 民政部令第60号: a listed organisation gets no government funding, 不给予资金资助),
 * and with the annual report filed of the latest year whose deadline to the registration authority
 * has passed (a filed community organisation reports none). Checked when applying and again on the
 * day of approval.
 */
@Component
class Eligibility {

  private final JdbcClient jdbc;
  private final ReportDeadlines deadlines;
  private final DataScope scope;

  Eligibility(JdbcClient jdbc, ReportDeadlines deadlines, DataScope scope) {
    this.jdbc = jdbc;
    this.deadlines = deadlines;
    this.scope = scope;
  }

  void require(Organisation o, LocalDate day) {
    if (!"NORMAL".equals(o.status())) {
      throw new InvalidInput(
          "organisationId", "申报单位：" + o.name() + "当前状态为" + o.statusLabel() + "，不能申报专项资金");
    }
    String listed =
        jdbc.sql(
                """
                select case list when 'ABNORMAL' then '活动异常名录' else '严重违法失信名单' end
                  from organisations.listing
                 where organisation_id = ? and listed_on <= ? and (removed_on is null or removed_on > ?)
                 order by list desc limit 1""")
            .params(o.id(), day, day)
            .query(String.class)
            .optional()
            .orElse(null);
    if (listed != null) {
      throw new InvalidInput("organisationId", "申报单位：" + o.name() + "已列入" + listed + "，不能申报专项资金");
    }
    OptionalInt year = reportYearDue(o, day);
    if (year.isPresent()) {
      // across regions: a report filed before the organisation moved carries its former region
      boolean filed =
          scope.acrossRegions(
              () ->
                  jdbc.sql(
                          "select exists (select 1 from organisations.annual_report"
                              + " where organisation_id = ? and year = ?)")
                      .params(o.id(), year.getAsInt())
                      .query(Boolean.class)
                      .single());
      if (!filed) {
        throw new InvalidInput(
            "organisationId", "申报单位：" + o.name() + "未报送" + year.getAsInt() + "年度报告，不能申报专项资金");
      }
    }
  }

  /**
   * The latest report year whose deadline to the registration authority lies before {@code day}, if
   * the organisation existed in that year and files reports at all.
   */
  OptionalInt reportYearDue(Organisation o, LocalDate day) {
    OrganisationKind kind = OrganisationKind.valueOf(o.kind());
    if (!kind.registered()) {
      return OptionalInt.empty();
    }
    ReportDeadlines.Deadline d = deadlines.of(kind);
    int year = day.getYear() - 1;
    if (!day.isAfter(d.authorityDue(year))) {
      year--;
    }
    return o.registeredOn().getYear() <= year ? OptionalInt.of(year) : OptionalInt.empty();
  }
}
