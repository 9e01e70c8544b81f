package cn.minzheng.assistance.web;

import cn.minzheng.assistance.run.MonthlyRun;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.JobAlreadyRunning;
import cn.minzheng.platform.JobKind;
import cn.minzheng.platform.JobOutcome;
import cn.minzheng.platform.JobRun;
import cn.minzheng.platform.JobRuns;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 月度核算: runs a month for the whole city (re-runnable until the month's rosters are approved) as a
 * run of long work: the page comes back at once with the run's progress bar; one run of a month at
 * a time.
 */
@Controller
class MonthlyRunPage {

  static final String PATH = "/assistance/runs";

  static final JobKind KIND =
      new JobKind("assistance.monthly-run", "社会救助月度核算", AssistanceRoles.STANDARD_VIEWERS, PATH);

  private static final List<Programme> PROGRAMMES =
      List.of(Programme.DIBAO, Programme.TEKUN, Programme.LINSHI);

  private final MonthlyRun run;
  private final JobRuns runs;
  private final JdbcClient jdbc;
  private final CurrentUser currentUser;

  MonthlyRunPage(MonthlyRun run, JobRuns runs, JdbcClient jdbc, CurrentUser currentUser) {
    this.run = run;
    this.runs = runs;
    this.jdbc = jdbc;
    this.currentUser = currentUser;
  }

  @Bean
  static JobKind assistanceMonthlyRunKind() {
    return KIND;
  }

  @GetMapping(PATH)
  String list(@RequestParam(name = "run", required = false) @Nullable Long runId, Model model) {
    AssistanceRoles.require(currentUser, AssistanceRoles.STANDARD_VIEWERS);
    model.addAttribute("run", runId == null ? null : runs.find(runId).orElse(null));
    model.addAttribute("kind", KIND);
    model.addAttribute(
        "runs",
        jdbc.sql(
                """
                select programme, to_char(month, 'YYYY-MM') as month, people, total,
                       to_char(run_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as run_at,
                       run_by
                  from assistance.monthly_run order by id desc limit 60""")
            .query()
            .listOfRows());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会救助"), Breadcrumb.here("月度核算")));
    return "assistance/runs";
  }

  @PostMapping(PATH)
  String runMonth(@RequestParam String month, RedirectAttributes redirect) {
    StaffUser user = AssistanceRoles.require(currentUser, EnumSet.of(Role.CITY_ADMIN));
    YearMonth m;
    try {
      m = PlausibleDate.parseMonth(month, PlausibleDate.Span.NEAR, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      redirect.addFlashAttribute("error", "核算月份：" + e.getMessage());
      return "redirect:" + PATH;
    }
    JobRun started;
    try {
      started =
          runs.submit(
              KIND,
              m.toString(),
              progress -> {
                StringBuilder text = new StringBuilder();
                long people = 0;
                int done = 0;
                progress.steps(0, PROGRAMMES.size());
                for (Programme programme : PROGRAMMES) {
                  MonthlyRun.Outcome o = run.run(programme, m, user.username());
                  people += o.people();
                  text.append(o.programme().label())
                      .append(
                          o.locked() != null
                              ? "：" + o.locked()
                              : "：" + o.people() + " 人，" + o.total() + " 元")
                      .append("；");
                  progress.steps(++done, PROGRAMMES.size());
                  progress.counts(people, people, 0);
                }
                return JobOutcome.of(people, people, 0, m + " 核算完成。" + text);
              });
    } catch (JobAlreadyRunning running) {
      redirect.addFlashAttribute("error", running.getMessage());
      return "redirect:" + PATH + "?run=" + running.runningRunId();
    }
    return "redirect:" + PATH + "?run=" + started.id();
  }
}
