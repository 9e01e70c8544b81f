package cn.minzheng.assistance.web;

import cn.minzheng.assistance.run.MonthlyRun;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 月度核算: runs a month for the whole city (re-runnable until the month's rosters are approved). */
@Controller
class MonthlyRunPage {

  static final String PATH = "/assistance/runs";

  private final MonthlyRun run;
  private final JdbcClient jdbc;
  private final CurrentUser currentUser;

  MonthlyRunPage(MonthlyRun run, JdbcClient jdbc, CurrentUser currentUser) {
    this.run = run;
    this.jdbc = jdbc;
    this.currentUser = currentUser;
  }

  @GetMapping(PATH)
  String list(Model model) {
    AssistanceRoles.require(currentUser, AssistanceRoles.STANDARD_VIEWERS);
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
    StringBuilder text = new StringBuilder();
    for (MonthlyRun.Outcome o : run.run(m, user.username())) {
      text.append(o.programme().label())
          .append(
              o.locked() != null ? "：" + o.locked() : "：" + o.people() + " 人，" + o.total() + " 元")
          .append("；");
    }
    redirect.addFlashAttribute("message", m + " 核算完成。" + text);
    return "redirect:" + PATH;
  }
}
