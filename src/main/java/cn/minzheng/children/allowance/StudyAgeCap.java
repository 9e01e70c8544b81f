package cn.minzheng.children.allowance;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.Masking;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The highest age to which recorded full-time study continues the allowance past 18 (22 today),
 * effective-dated by month ({@code children.study_age_version}): the monthly run pays month M while
 * the birthday of the cap in force on M's first day falls in M or later. A change starts on the
 * first of a month not before the current one and after the latest version; the past is never
 * rewritten. The preview lists the students whose last paid month the change moves.
 */
@Service
public class StudyAgeCap {

  /** The lowest and highest cap the editor accepts: 18 is the age the allowance ends anyway. */
  static final int LOWEST = 18;

  static final int HIGHEST = 30;

  private final JdbcClient jdbc;

  StudyAgeCap(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Version(int maxAge, LocalDate validFrom, String createdBy) {}

  /** Newest first. */
  public List<Version> history() {
    return jdbc.sql(
            "select max_age, valid_from, created_by from children.study_age_version"
                + " order by valid_from desc")
        .query(Version.class)
        .list();
  }

  public int inForce(YearMonth month) {
    return jdbc.sql("select children.study_max_age_on(?)")
        .param(month.atDay(1))
        .query(Integer.class)
        .single();
  }

  /**
   * A student (study recorded, case not stopped) whose last paid month of study the change moves:
   * the earlier of the study end's month and the cap birthday's month, before and after.
   */
  public record Affected(
      long caseId,
      String maskedName,
      String regionCode,
      LocalDate studyUntil,
      YearMonth lastMonthBefore,
      YearMonth lastMonthAfter) {}

  public record Preview(YearMonth from, int current, int maxAge, List<Affected> children) {}

  public Preview preview(int maxAge, YearMonth from) {
    int current = validate(maxAge, from);
    List<Affected> children =
        jdbc.sql(
                """
                select c.id, p.name, c.region_code, c.study_until, l.before, l.after
                  from children.allowance_case c
                  join registry.person_fact p on p.id = c.child_person_id
                 cross join lateral (
                       select least(date_trunc('month', c.study_until),
                                    date_trunc('month', p.birth_date + make_interval(years => :current)))::date
                                as before,
                              least(date_trunc('month', c.study_until),
                                    date_trunc('month', p.birth_date + make_interval(years => :proposed)))::date
                                as after) l
                 where c.state = 'APPROVED' and c.study_until is not null
                   and (c.stopped_from is null or c.stopped_from > :from)
                   and (p.date_of_death is null or p.date_of_death >= :from)
                   and l.before <> l.after and greatest(l.before, l.after) >= :from
                 order by c.id""")
            .param("current", current)
            .param("proposed", maxAge)
            .param("from", from.atDay(1))
            .query(
                (rs, n) ->
                    new Affected(
                        rs.getLong(1),
                        Masking.publicName(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        YearMonth.from(rs.getObject(5, LocalDate.class)),
                        YearMonth.from(rs.getObject(6, LocalDate.class))))
            .list();
    return new Preview(from, current, maxAge, children);
  }

  /** Adds the version from {@code from}; the one in force before keeps its months. */
  @Transactional
  public void change(int maxAge, YearMonth from, String user) {
    validate(maxAge, from);
    jdbc.sql(
            "insert into children.study_age_version (max_age, valid_from, created_by)"
                + " values (?, ?, ?)")
        .params(maxAge, from.atDay(1), user)
        .update();
  }

  /**
   * @return the cap in force before the change
   */
  private int validate(@Nullable Integer maxAge, @Nullable YearMonth from) {
    if (maxAge == null || maxAge < LOWEST || maxAge > HIGHEST) {
      throw new InvalidInput("maxAge", "在校就读最高年龄须在%d至%d周岁之间".formatted(LOWEST, HIGHEST));
    }
    if (from == null) {
      throw new InvalidInput("from", "请填写执行起始月份");
    }
    if (from.isBefore(YearMonth.now(ChinaTime.ZONE))) {
      throw new InvalidInput("from", "执行起始月份不能早于本月，已发放的月份不改写");
    }
    LocalDate latest =
        jdbc.sql("select max(valid_from) from children.study_age_version")
            .query(LocalDate.class)
            .single();
    if (latest != null && !from.atDay(1).isAfter(latest)) {
      throw new InvalidInput("from", "该月份或之后已有版本（" + latest + " 起），新版本只能从最新版本之后开始");
    }
    int current = inForce(from);
    if (current == maxAge) {
      throw new InvalidInput("maxAge", "与 " + from + " 时执行的最高年龄相同（" + current + " 周岁），无需调整");
    }
    return current;
  }
}
