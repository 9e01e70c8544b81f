package cn.minzheng.platform.web;

import cn.minzheng.shared.ChinaTime;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The period filter of the statistics pages ({@code fragments/period :: periodLinks}, reached as
 * {@code #periods}): this and the last month, quarter, half year and year as links that set the
 * page's own from/to parameters and keep its other filters; 自定义 is the page's from/to fields. Links
 * rather than a script, so that every statistics page gets the filter without its controller
 * changing, and it works without script.
 */
@Component("statisticsPeriods")
public class StatisticsPeriods {

  /** A period: its label, the from/to values the page reads, the link, and whether it is shown. */
  public record Choice(String label, String from, String to, String href, boolean current) {}

  /** 月度, 季度, 半年, 年度 with their two choices each. */
  public record Kind(String label, List<Choice> choices) {}

  /**
   * The choices for a page whose from/to parameters are {@code fromName}/{@code toName}, months
   * (年-月) or, with {@code days}, dates (年-月-日); {@code from}/{@code to} are the page's current
   * values.
   */
  public List<Kind> kinds(
      @Nullable Object from,
      @Nullable Object to,
      @Nullable String fromName,
      @Nullable String toName,
      @Nullable Boolean days) {
    return kinds(
        ChinaTime.today(),
        currentUri(),
        Objects.toString(from, ""),
        Objects.toString(to, ""),
        fromName == null ? "from" : fromName,
        toName == null ? "to" : toName,
        Boolean.TRUE.equals(days));
  }

  static List<Kind> kinds(
      LocalDate today,
      String uri,
      String from,
      String to,
      String fromName,
      String toName,
      boolean days) {
    YearMonth month = YearMonth.from(today);
    int year = today.getYear();
    YearMonth quarter = YearMonth.of(year, (today.getMonthValue() - 1) / 3 * 3 + 1);
    YearMonth half = YearMonth.of(year, today.getMonthValue() <= 6 ? 1 : 7);
    YearMonth lastHalf = half.minusMonths(6);
    Link link = new Link(uri, from, to, fromName, toName, days);
    return List.of(
        new Kind(
            "月度",
            List.of(
                link.of(label(month), month, month),
                link.of(label(month.minusMonths(1)), month.minusMonths(1), month.minusMonths(1)))),
        new Kind(
            "季度",
            List.of(
                link.of(quarterLabel(quarter), quarter, quarter.plusMonths(2)),
                link.of(
                    quarterLabel(quarter.minusMonths(3)),
                    quarter.minusMonths(3),
                    quarter.minusMonths(1)))),
        new Kind(
            "半年",
            List.of(
                link.of(halfLabel(half), half, half.plusMonths(5)),
                link.of(halfLabel(lastHalf), lastHalf, lastHalf.plusMonths(5)))),
        new Kind(
            "年度",
            List.of(
                link.of(year + "年", YearMonth.of(year, 1), YearMonth.of(year, 12)),
                link.of((year - 1) + "年", YearMonth.of(year - 1, 1), YearMonth.of(year - 1, 12)))));
  }

  private static String label(YearMonth m) {
    return m.getYear() + "年" + m.getMonthValue() + "月";
  }

  private static String quarterLabel(YearMonth first) {
    return first.getYear() + "年第" + ((first.getMonthValue() - 1) / 3 + 1) + "季度";
  }

  private static String halfLabel(YearMonth first) {
    return first.getYear() + (first.getMonthValue() == 1 ? "年上半年" : "年下半年");
  }

  private record Link(
      String uri, String from, String to, String fromName, String toName, boolean days) {

    Choice of(String label, YearMonth first, YearMonth last) {
      String f = days ? first.atDay(1).toString() : first.toString();
      String t = days ? last.atEndOfMonth().toString() : last.toString();
      return new Choice(label, f, t, href(f, t), f.equals(from) && t.equals(to));
    }

    /** The page's own address with the period set and the paging dropped, its filters kept. */
    private String href(String f, String t) {
      try {
        return UriComponentsBuilder.fromUriString(uri)
            .replaceQueryParam(fromName, f)
            .replaceQueryParam(toName, t)
            .replaceQueryParam("page")
            .build(true)
            .toUriString();
      } catch (IllegalArgumentException malformed) {
        // a query the browser did not encode: the period alone
        return "?" + fromName + "=" + f + "&" + toName + "=" + t;
      }
    }
  }

  private static String currentUri() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      String query = request.getQueryString();
      return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
    return "";
  }
}
