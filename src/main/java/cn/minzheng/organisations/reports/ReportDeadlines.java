package cn.minzheng.organisations.reports;

import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.platform.InvalidInput;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The yearly cycle's deadlines per type (domain-rules §9): the report of year Y goes to the
 * supervising unit by a day of Y+1 (31 March) and to the registration authority by another (31
 * May), both inclusive and configurable per type by the city.
 */
@Service
public class ReportDeadlines {

  private final JdbcClient jdbc;

  ReportDeadlines(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One type's two days. */
  public record Deadline(String kind, MonthDay supervising, MonthDay authority) {

    public String kindLabel() {
      return OrganisationKind.labelOf(kind);
    }

    /**
     * The last day (inclusive) for the report of {@code year} to reach the registration authority.
     */
    public LocalDate authorityDue(int year) {
      return authority.atYear(year + 1);
    }

    public LocalDate supervisingDue(int year) {
      return supervising.atYear(year + 1);
    }

    /** Filed on {@code day}: late when after the authority's deadline. */
    public boolean late(int year, LocalDate day) {
      return day.isAfter(authorityDue(year));
    }
  }

  public Deadline of(OrganisationKind kind) {
    return all().stream()
        .filter(d -> d.kind().equals(kind.name()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no annual report for " + kind));
  }

  public List<Deadline> all() {
    return jdbc.sql(
            "select kind, supervising_month, supervising_day, authority_month, authority_day"
                + " from organisations.report_deadline order by kind")
        .query(
            (rs, n) ->
                new Deadline(
                    rs.getString(1),
                    MonthDay.of(rs.getInt(2), rs.getInt(3)),
                    MonthDay.of(rs.getInt(4), rs.getInt(5))))
        .list();
  }

  /**
   * The city changes a type's days; the supervising unit's day may not be after the authority's.
   */
  public void update(OrganisationKind kind, String supervising, String authority) {
    MonthDay s = monthDay("supervising", "报送业务主管单位截止日", supervising);
    MonthDay a = monthDay("authority", "报送登记管理机关截止日", authority);
    if (s.isAfter(a)) {
      throw new InvalidInput("supervising", "报送业务主管单位截止日：不能晚于报送登记管理机关截止日");
    }
    jdbc.sql(
            """
            update organisations.report_deadline set supervising_month = ?, supervising_day = ?,
                   authority_month = ?, authority_day = ? where kind = ?""")
        .params(
            s.getMonthValue(), s.getDayOfMonth(), a.getMonthValue(), a.getDayOfMonth(), kind.name())
        .update();
  }

  private static MonthDay monthDay(String field, String label, String text) {
    try {
      String[] p = text.strip().split("-");
      MonthDay md = MonthDay.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
      if (md.getMonthValue() == 2 && md.getDayOfMonth() == 29) {
        throw new InvalidInput(field, label + "：不能为2月29日");
      }
      return md;
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException | DateTimeException e) {
      throw new InvalidInput(field, label + "：格式应为 月-日，如 05-31");
    }
  }
}
