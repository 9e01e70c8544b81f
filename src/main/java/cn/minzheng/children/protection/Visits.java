package cn.minzheng.children.protection;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regular visits by the 儿童主任 to children of the allowance categories: every category has its
 * interval in months (monthly for de-facto unsupported children), effective-dated ({@link
 * VisitIntervals}). A running case is overdue on a day when its last visit (or, before the first
 * one, its first paid month) plus the interval in force on that day lies before that day.
 */
@Service
public class Visits {

  /**
   * Running cases ({@code c}) whose next visit, with the interval in force on {@code judgedOn},
   * falls before {@code dateExpression}.
   */
  public static String dueBefore(String judgedOn, String dateExpression) {
    return """
        (c.state = 'APPROVED'
         and coalesce((select max(v.visited_on) from children.visit v where v.case_id = c.id),
                      c.first_month)
             + make_interval(months => children.visit_interval_on(c.category, %s)) < %s)
        """
        .formatted(judgedOn, dateExpression);
  }

  /** Overdue: the next visit was due before today. */
  public static final String OVERDUE = dueBefore("current_date", "current_date");

  /** Due within the coming week (the work queue's pending rows). */
  public static final String DUE_SOON = dueBefore("current_date", "current_date + 7");

  private final JdbcClient jdbc;

  Visits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Visit(LocalDate visitedOn, String visitor, String note) {}

  public record Due(
      long caseId,
      String childName,
      String categoryLabel,
      String regionCode,
      @Nullable LocalDate lastVisit,
      LocalDate dueOn) {}

  public List<Visit> of(long caseId) {
    return jdbc.sql(
            "select visited_on, visitor, note from children.visit where case_id = ?"
                + " order by visited_on desc, id desc")
        .param(caseId)
        .query(Visit.class)
        .list();
  }

  @Transactional
  public void record(long caseId, LocalDate on, String note, String user) {
    if (on == null || on.isAfter(LocalDate.now(cn.minzheng.shared.ChinaTime.ZONE))) {
      throw new InvalidInput("visitedOn", "请填写不晚于今天的走访日期");
    }
    if (note == null || note.isBlank()) {
      throw new InvalidInput("note", "请填写走访情况");
    }
    jdbc.sql("insert into children.visit (case_id, visited_on, visitor, note) values (?, ?, ?, ?)")
        .params(caseId, on, user, note.strip())
        .update();
  }

  /** Running cases inside the regions whose next visit is due by {@code day}, oldest first. */
  public PageResult<Due> dueBy(String @Nullable [] regionCodes, LocalDate day, PageQuery query) {
    String due =
        """
        select * from (
          select c.id as case_id, p.name as child_name, k.label as category_label, c.region_code,
                 lv.last_visit,
                 (coalesce(lv.last_visit, c.first_month)
                  + make_interval(months => children.visit_interval_on(c.category, current_date)))::date
                   as due_on
            from children.allowance_case c
            join children.category k on k.code = c.category
            join registry.person_fact p on p.id = c.child_person_id
            left join lateral (select max(v.visited_on) as last_visit from children.visit v
                                where v.case_id = c.id) lv on true
           where c.state = 'APPROVED'
             and (cast(? as text[]) is null or c.region_code = any(cast(? as text[])))) d
         where d.due_on <= ?""";
    long total =
        jdbc.sql("select count(*) from (" + due + ") n")
            .params(regionCodes, regionCodes, day)
            .query(Long.class)
            .single();
    List<Due> rows =
        jdbc.sql(due + " order by d.due_on, d.case_id limit ? offset ?")
            .params(regionCodes, regionCodes, day, query.size(), query.offset())
            .query(Due.class)
            .list();
    return new PageResult<>(rows, query, total);
  }

  /** The running cases overdue on {@code day}, judged with the interval in force that day. */
  public List<Long> overdueOn(LocalDate day) {
    return jdbc.sql(
            "select c.id from children.allowance_case c where "
                + dueBefore("cast(:day as date)", "cast(:day as date)")
                + " order by c.id")
        .param("day", day)
        .query(Long.class)
        .list();
  }
}
