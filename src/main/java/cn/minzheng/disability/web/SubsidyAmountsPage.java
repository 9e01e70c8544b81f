package cn.minzheng.disability.web;

import cn.minzheng.disability.device.RentalSubsidySettlement;
import cn.minzheng.disability.subsidy.RegistryRatings;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.disability.subsidy.SubsidyAmounts;
import cn.minzheng.disability.subsidy.SubsidyMonthRuns;
import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.JobAlreadyRunning;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import cn.minzheng.shared.PlausibleDate.Span;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The amounts of the two subsidies per grade (and category), effective-dated, for the city
 * administrator; says which amounts are not confirmed. Also computes a month on demand (the two
 * subsidies and the settlement of the rental subsidy).
 */
@Controller
class SubsidyAmountsPage {

  private final SubsidyAmounts amounts;
  private final SubsidyMonthRuns run;
  private final RegistryRatings ratings;
  private final DisabilityAccess access;
  private final RentalSubsidySettlement rentalSubsidies;

  SubsidyAmountsPage(
      SubsidyAmounts amounts,
      SubsidyMonthRuns run,
      RegistryRatings ratings,
      DisabilityAccess access,
      RentalSubsidySettlement rentalSubsidies) {
    this.amounts = amounts;
    this.run = run;
    this.ratings = ratings;
    this.access = access;
    this.rentalSubsidies = rentalSubsidies;
  }

  @GetMapping("/disability/amounts")
  String show(Model model) {
    access.require(DisabilityAccess.ADMIN);
    model.addAttribute("amounts", amounts.all());
    model.addAttribute("subsidies", Subsidy.values());
    model.addAttribute("categories", DisabilityCategory.values());
    model.addAttribute("nextMonth", YearMonth.from(ChinaTime.today()).plusMonths(1).toString());
    model.addAttribute("thisMonth", YearMonth.from(ChinaTime.today()).toString());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("残疾人福利"), Breadcrumb.here("两项补贴标准")));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "disability/amounts";
  }

  @PostMapping("/disability/amounts")
  String set(
      @RequestParam(defaultValue = "") String subsidy,
      @RequestParam(defaultValue = "") String category,
      @RequestParam(defaultValue = "") String grade,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String amount,
      @RequestParam(defaultValue = "false") boolean confirmed,
      Model model) {
    StaffUser user = access.require(DisabilityAccess.ADMIN);
    Map<String, String> errors = new HashMap<>();
    Subsidy which = null;
    try {
      which = Subsidy.valueOf(subsidy);
    } catch (IllegalArgumentException e) {
      errors.put("subsidy", "请选择补贴");
    }
    String cat = category.isBlank() ? null : category;
    if (cat != null) {
      try {
        DisabilityCategory.valueOf(cat);
      } catch (IllegalArgumentException e) {
        errors.put("category", "残疾类别无效");
      }
    }
    int g = 0;
    try {
      g = Integer.parseInt(grade.strip());
    } catch (NumberFormatException e) {
      errors.put("grade", "请填写残疾等级（1至4级）");
    }
    YearMonth month = null;
    try {
      month = plausibleMonth(from);
    } catch (ImplausibleValueException e) {
      errors.put("from", "执行起始月份：" + e.getMessage());
    }
    BigDecimal value = null;
    try {
      value = new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      errors.put("amount", "请填写金额（元）");
    }
    if (errors.isEmpty()) {
      try {
        amounts.setFrom(which, cat, g, month, value, confirmed, user.username());
        model.addAttribute("message", "已保存，自" + month + "起执行");
      } catch (InvalidInput e) {
        errors.put(e.field() == null ? "amount" : e.field(), e.getMessage());
      }
    }
    model.addAttribute("errors", errors);
    return show(model);
  }

  @PostMapping("/disability/amounts/run")
  String runMonth(@RequestParam(defaultValue = "") String month, Model model) {
    access.require(DisabilityAccess.ADMIN);
    try {
      YearMonth m = plausibleMonth(month);
      ratings.adopt();
      StringBuilder done = new StringBuilder();
      run.run(m).forEach(d -> done.append(d.text()));
      try {
        var r = rentalSubsidies.settle(m);
        done.append(Programme.DEVICE_RENTAL.label())
            .append(' ')
            .append(r.people())
            .append(" 人，")
            .append(r.total())
            .append(" 元；");
      } catch (MonthLockedException locked) {
        done.append(Programme.DEVICE_RENTAL.label()).append(" 名册已审核，未重算；");
      }
      model.addAttribute("message", m + "：" + done);
      model.addAttribute("errors", Map.of());
    } catch (ImplausibleValueException e) {
      model.addAttribute("errors", Map.of("month", "月份：" + e.getMessage()));
    } catch (JobAlreadyRunning running) {
      model.addAttribute("errors", Map.of("month", "月份：" + running.getMessage()));
    }
    return show(model);
  }

  /** 年-月 (a month input), its first day within the platform's plausible dates. */
  private static YearMonth plausibleMonth(String text) {
    return PlausibleDate.parseMonth(text, Span.ANY, ChinaTime.today());
  }
}
