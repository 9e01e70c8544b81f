package cn.minzheng.children.protection;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.Masking;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interval in months between the 儿童主任's regular visits, per category and effective-dated by day
 * ({@code children.visit_interval_version}): overdue is judged on a day with the interval in force
 * that day ({@link Visits#dueBefore}). A change starts today or later, after the category's latest
 * version; the preview shows, for the category's running cases, the next due date before and after
 * and how many are overdue on the day the change takes effect.
 */
@Service
public class VisitIntervals {

  /** A visit at least once a year; monthly is the closest the rule asks for. */
  static final int LONGEST = 12;

  private final JdbcClient jdbc;

  VisitIntervals(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Version(
      String category, String categoryLabel, int months, LocalDate validFrom, String createdBy) {}

  /** Per category, newest first. */
  public List<Version> history() {
    return jdbc.sql(
            """
            select v.category, k.label as category_label, v.months, v.valid_from, v.created_by
              from children.visit_interval_version v join children.category k on k.code = v.category
             order by k.sort_order, k.code, v.valid_from desc""")
        .query(Version.class)
        .list();
  }

  public int inForce(String category, LocalDate day) {
    Integer months =
        jdbc.sql("select children.visit_interval_on(?, ?)")
            .params(category, day)
            .query(Integer.class)
            .single();
    if (months == null) {
      throw new InvalidInput("category", "请选择儿童类别");
    }
    return months;
  }

  /** A running case of the category: its next visit due with the interval before and after. */
  public record Affected(
      long caseId,
      String maskedName,
      String regionCode,
      @Nullable LocalDate lastVisit,
      LocalDate dueBefore,
      LocalDate dueAfter) {

    public boolean overdueBefore(LocalDate day) {
      return dueBefore.isBefore(day);
    }

    public boolean overdueAfter(LocalDate day) {
      return dueAfter.isBefore(day);
    }
  }

  public record Preview(
      String category,
      LocalDate from,
      int current,
      int months,
      List<Affected> cases,
      long overdueBefore,
      long overdueAfter) {}

  public Preview preview(String category, int months, LocalDate from) {
    int current = validate(category, months, from);
    List<Affected> cases =
        jdbc.sql(
                """
                select c.id, p.name, c.region_code, lv.last_visit,
                       (coalesce(lv.last_visit, c.first_month) + make_interval(months => :current))::date,
                       (coalesce(lv.last_visit, c.first_month) + make_interval(months => :proposed))::date
                  from children.allowance_case c
                  join registry.person_fact p on p.id = c.child_person_id
                  left join lateral (select max(v.visited_on) as last_visit from children.visit v
                                      where v.case_id = c.id) lv on true
                 where c.category = :category and c.state = 'APPROVED'
                 order by c.id""")
            .param("current", current)
            .param("proposed", months)
            .param("category", category)
            .query(
                (rs, n) ->
                    new Affected(
                        rs.getLong(1),
                        Masking.publicName(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
            .list();
    return new Preview(
        category,
        from,
        current,
        months,
        cases,
        cases.stream().filter(a -> a.overdueBefore(from)).count(),
        cases.stream().filter(a -> a.overdueAfter(from)).count());
  }

  @Transactional
  public void change(String category, int months, LocalDate from, String user) {
    validate(category, months, from);
    jdbc.sql(
            "insert into children.visit_interval_version (category, months, valid_from, created_by)"
                + " values (?, ?, ?, ?)")
        .params(category, months, from, user)
        .update();
  }

  /**
   * @return the interval in force on {@code from} before the change
   */
  private int validate(
      @Nullable String category, @Nullable Integer months, @Nullable LocalDate from) {
    if (category == null
        || jdbc.sql("select count(*) from children.category where code = ?")
                .param(category)
                .query(Integer.class)
                .single()
            == 0) {
      throw new InvalidInput("category", "请选择儿童类别");
    }
    if (months == null || months < 1 || months > LONGEST) {
      throw new InvalidInput("months", "走访间隔须在1至%d个月之间".formatted(LONGEST));
    }
    if (from == null) {
      throw new InvalidInput("from", "请填写执行日期");
    }
    if (from.isBefore(ChinaTime.today())) {
      throw new InvalidInput("from", "执行日期不能早于今天，以往的逾期判断不改写");
    }
    LocalDate latest =
        jdbc.sql("select max(valid_from) from children.visit_interval_version where category = ?")
            .param(category)
            .query(LocalDate.class)
            .single();
    if (latest != null && !from.isAfter(latest)) {
      throw new InvalidInput("from", "该类别在此日期或之后已有版本（" + latest + " 起），新版本只能从最新版本之后开始");
    }
    int current = inForce(category, from);
    if (current == months) {
      throw new InvalidInput("months", "与 " + from + " 时执行的走访间隔相同（" + current + " 个月），无需调整");
    }
    return current;
  }
}
