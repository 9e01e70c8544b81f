package cn.minzheng.elderly.web;

import cn.minzheng.elderly.allowance.AllowanceBands;
import cn.minzheng.elderly.allowance.AllowanceBands.NewBand;
import cn.minzheng.elderly.allowance.AllowanceMonthRuns;
import cn.minzheng.elderly.allowance.AllowanceSettings;
import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.JobAlreadyRunning;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 高龄津贴标准: the effective-dated bands, the existence-check interval and the monthly run, for city
 * administrators. The page says that the official Chengdu amounts are not confirmed.
 */
@Controller
class AllowanceConfigPage {

  private final AllowanceBands bands;
  private final AllowanceSettings settings;
  private final AllowanceMonthRuns run;
  private final ElderlyAccess access;

  AllowanceConfigPage(
      AllowanceBands bands,
      AllowanceSettings settings,
      AllowanceMonthRuns run,
      ElderlyAccess access) {
    this.bands = bands;
    this.settings = settings;
    this.run = run;
    this.access = access;
  }

  @GetMapping("/elderly/allowance/config")
  String show(Model model) {
    access.require(ElderlyMenu.ADMIN);
    model.addAttribute("bands", bands.all());
    // the form starts from the bands in force, so that a change is an edit, not a retyping
    model.addAttribute("current", bands.validIn(YearMonth.from(ChinaTime.today())));
    model.addAttribute("interval", settings.verificationIntervalMonths());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("养老服务"), Breadcrumb.here("高龄津贴标准")));
    return "elderly/allowance-config";
  }

  @PostMapping("/elderly/allowance/config/bands")
  String replaceBands(
      @RequestParam String from,
      @RequestParam List<String> label,
      @RequestParam List<Integer> minAge,
      @RequestParam List<String> maxAge,
      @RequestParam List<BigDecimal> amount,
      Model model) {
    StaffUser user = access.require(ElderlyMenu.ADMIN);
    List<NewBand> newBands = new ArrayList<>();
    for (int i = 0; i < label.size(); i++) {
      if (label.get(i) == null || label.get(i).isBlank()) {
        continue;
      }
      String max = maxAge.get(i);
      newBands.add(
          new NewBand(
              label.get(i).strip(),
              minAge.get(i),
              max == null || max.isBlank() ? null : Integer.valueOf(max.strip()),
              amount.get(i)));
    }
    try {
      bands.replaceFrom(month(from, "执行起始月份"), newBands, user.username());
      model.addAttribute("message", "已保存：自 " + from + " 起执行新标准");
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
    }
    return show(model);
  }

  @PostMapping("/elderly/allowance/config/interval")
  String interval(@RequestParam int months, Model model) {
    StaffUser user = access.require(ElderlyMenu.ADMIN);
    try {
      settings.changeVerificationInterval(months, user.username());
      model.addAttribute("message", "认证周期已改为 " + months + " 个月");
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
    }
    return show(model);
  }

  @PostMapping("/elderly/allowance/config/run")
  String runMonth(@RequestParam String month, Model model) {
    access.require(ElderlyMenu.ADMIN);
    try {
      var result = run.run(month(month, "月份"));
      model.addAttribute(
          "message", "%s 高龄津贴已生成：%d 人，%s 元".formatted(month, result.people(), result.total()));
    } catch (MonthLockedException e) {
      model.addAttribute("error", month + " 的发放名册已审核，不能重新生成");
    } catch (JobAlreadyRunning | IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
    }
    return show(model);
  }

  /** A month as the page's month field sends it (2026-11); otherwise an error naming the field. */
  private static YearMonth month(String text, String field) {
    try {
      return PlausibleDate.parseMonth(
          text == null ? "" : text, PlausibleDate.Span.ANY, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      throw new IllegalArgumentException(field + "：" + e.getMessage());
    }
  }
}
