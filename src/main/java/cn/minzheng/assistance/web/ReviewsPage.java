package cn.minzheng.assistance.web;

import cn.minzheng.assistance.cases.CaseRuleViolation;
import cn.minzheng.assistance.cases.PeriodicReviews;
import cn.minzheng.assistance.cases.PeriodicReviews.Outcome;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 定期复核: the reviews due within 30 days in the caller's region, decided one by one. */
@Controller
class ReviewsPage {

  static final String PATH = "/assistance/reviews";

  private final PeriodicReviews reviews;
  private final CurrentUser currentUser;

  ReviewsPage(PeriodicReviews reviews, CurrentUser currentUser) {
    this.reviews = reviews;
    this.currentUser = currentUser;
  }

  @GetMapping(PATH)
  String list(
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      Model model) {
    AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    var today = ChinaTime.today();
    // one order: the earliest due first
    PageQuery query = PageQuery.of(page, size, null, null, Set.of("due_on"), "due_on");
    model.addAttribute("page", reviews.due(today.plusDays(30), query));
    model.addAttribute("today", today);
    model.addAttribute("nextMonth", YearMonth.from(today).plusMonths(1));
    model.addAttribute("outcomes", Outcome.values());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会救助"), Breadcrumb.here("定期复核")));
    return "assistance/reviews";
  }

  @PostMapping(PATH + "/{id}")
  String decide(
      @PathVariable long id,
      @RequestParam Outcome outcome,
      @RequestParam String effectiveMonth,
      @RequestParam(required = false) String newIncome,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    StaffUser user = AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    outcome.requireRole(user);
    try {
      BigDecimal income =
          newIncome == null || newIncome.isBlank() ? null : new BigDecimal(newIncome.strip());
      YearMonth effective;
      try {
        effective =
            PlausibleDate.parseMonth(effectiveMonth, PlausibleDate.Span.NEAR, ChinaTime.today());
      } catch (ImplausibleValueException e) {
        redirect.addFlashAttribute("error", "生效月份：" + e.getMessage());
        return "redirect:" + PATH;
      }
      reviews.decide(id, outcome, effective, income, note, user);
      redirect.addFlashAttribute("message", "复核结论已记录：" + outcome.label());
    } catch (CaseRuleViolation e) {
      redirect.addFlashAttribute("error", e.getMessage());
    } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
      redirect.addFlashAttribute("error", "生效月份或家庭月收入格式不正确");
    }
    return "redirect:" + PATH;
  }
}
