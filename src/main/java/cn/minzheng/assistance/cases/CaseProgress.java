package cn.minzheng.assistance.cases;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.shared.ChinaTime;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 办事进度: the steps of the procedure (§3.4) as the applicant follows them — 受理, 核对, 入户调查, 公示, 审核确认,
 * 结果 — each done on a date, in progress, not started, or not taken (a refusal ends the procedure;
 * 临时救助 has no publicity). Dates from the case's history, in Beijing time.
 */
@Component
public class CaseProgress {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final JdbcClient jdbc;

  CaseProgress(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public enum Status {
    DONE("已完成"),
    CURRENT("进行中"),
    PENDING("未开始"),
    NOT_TAKEN("未进行"),
    NOT_NEEDED("无需此环节");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One step: its name, where it stands, the day it was done (or began) and a short note. */
  public record Step(String name, Status status, @Nullable LocalDate on, @Nullable String note) {

    public @Nullable String day() {
      return on == null ? null : DAY.format(on);
    }
  }

  public List<Step> of(AssistanceCase c, LocalDate today) {
    Map<String, LocalDate> first = firstDays(c.id());
    int passed = passed(c.state());
    List<Step> steps = new ArrayList<>();
    steps.add(done("受理", first.get("accept"), passed >= 1));
    steps.add(done("家庭经济状况核对", first.get("verify"), passed >= 2));
    steps.add(done("入户调查", first.get("visit"), passed >= 3));
    steps.add(publicity(c, today));
    steps.add(done("审核确认", c.decidedOn(), false));
    steps.add(result(c));
    return settle(steps, c.state().open());
  }

  /**
   * How many of the first three steps the state implies were passed, whatever the history holds (a
   * case taken over from paper or the demo has no row per step); a refusal implies none.
   */
  private static int passed(CaseState state) {
    return switch (state) {
      case APPLIED, REFUSED -> 0;
      case ACCEPTED -> 1;
      case VERIFIED -> 2;
      default -> 3;
    };
  }

  private static Step publicity(AssistanceCase c, LocalDate today) {
    if (c.type() == AssistanceType.LINSHI) {
      return new Step("公示", Status.NOT_NEEDED, null, "临时救助不公示");
    }
    if (c.publicityFrom() == null) {
      // a case granted without a publicity on record (taken over from paper) has had one
      return done("公示", null, c.state() == CaseState.CONFIRMED || c.state() == CaseState.ENDED);
    }
    String period = DAY.format(c.publicityFrom()) + "至" + DAY.format(c.publicityTo());
    boolean ended = new PublicityPeriod(c.publicityFrom(), c.publicityTo()).endedBy(today);
    boolean paused = c.state() == CaseState.OBJECTED;
    if ((ended && !paused) || !c.state().open()) {
      return new Step("公示", Status.DONE, c.publicityTo(), period);
    }
    return new Step("公示", Status.CURRENT, c.publicityFrom(), paused ? period + "，异议处理中" : period);
  }

  private static Step result(AssistanceCase c) {
    return switch (c.state()) {
      case CONFIRMED ->
          new Step(
              "结果",
              Status.DONE,
              c.decidedOn(),
              c.type() == AssistanceType.LINSHI
                  ? "批准临时救助，次月发放"
                  : c.startMonth() == null
                      ? "纳入保障"
                      : "纳入保障，自"
                          + c.startMonth().getYear()
                          + "年"
                          + c.startMonth().getMonthValue()
                          + "月起发放");
      case REFUSED -> new Step("结果", Status.DONE, c.decidedOn(), "不予纳入：" + c.refusalReason());
      case ENDED -> new Step("结果", Status.DONE, c.decidedOn(), "已纳入保障，现已终止");
      default -> done("结果", null, false);
    };
  }

  /**
   * The steps not done: the first one is in progress while the case is open, the later ones not
   * started; once the case is closed (a refusal) they were never taken.
   */
  private static List<Step> settle(List<Step> steps, boolean open) {
    List<Step> settled = new ArrayList<>();
    boolean currentGiven = steps.stream().anyMatch(s -> s.status() == Status.CURRENT);
    for (Step s : steps) {
      if (s.status() != Status.PENDING) {
        settled.add(s);
      } else if (!open) {
        settled.add(new Step(s.name(), Status.NOT_TAKEN, null, null));
      } else if (!currentGiven) {
        settled.add(new Step(s.name(), Status.CURRENT, null, null));
        currentGiven = true;
      } else {
        settled.add(s);
      }
    }
    return settled;
  }

  /** Done on its day, or done without a day the history knows, or not yet. */
  private static Step done(String name, @Nullable LocalDate on, boolean passed) {
    return new Step(name, on != null || passed ? Status.DONE : Status.PENDING, on, null);
  }

  private Map<String, LocalDate> firstDays(long caseId) {
    Map<String, LocalDate> days = new HashMap<>();
    jdbc.sql(
            """
            select action, min(at) from assistance.case_event
             where case_id = ? and action in ('accept', 'verify', 'visit')
             group by action""")
        .param(caseId)
        .query(
            rs -> {
              days.put(
                  rs.getString(1),
                  LocalDate.ofInstant(
                      rs.getObject(2, Timestamp.class).toInstant(), ChinaTime.ZONE));
            });
    return days;
  }
}
