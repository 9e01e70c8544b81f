package cn.minzheng.children.web;

import cn.minzheng.children.allowance.Categories;
import cn.minzheng.children.allowance.StudyAgeCap;
import cn.minzheng.children.protection.VisitIntervals;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 走访间隔与就读年龄: the city administrator's editor for the two effective-dated settings of the module —
 * the visit interval per category and the study age cap — each previewed (the cases and students it
 * affects) before it is saved after a confirmation, every change audited. City administrator only,
 * on page and API alike (ChildrenRoles.ADMIN).
 */
@Controller
class ChildrenSettingsPage {

  static final String PATH = "/children/settings";

  private final StudyAgeCap studyAge;
  private final VisitIntervals intervals;
  private final Categories categories;
  private final ChildrenRoles roles;
  private final AuditLog audit;

  ChildrenSettingsPage(
      StudyAgeCap studyAge,
      VisitIntervals intervals,
      Categories categories,
      ChildrenRoles roles,
      AuditLog audit) {
    this.studyAge = studyAge;
    this.intervals = intervals;
    this.categories = categories;
    this.roles = roles;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String show(Model model) {
    roles.require(ChildrenRoles.ADMIN);
    return page(model, Map.of(), Map.of());
  }

  /** The preview (confirm absent) or the save (confirm=true) of a new study age cap. */
  @PostMapping(PATH + "/study-age")
  String studyAge(
      @RequestParam(required = false) @Nullable String maxAge,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String confirm,
      Model model) {
    StaffUser user = roles.require(ChildrenRoles.ADMIN);
    model.addAttribute(
        "ageForm",
        Map.of("maxAge", maxAge == null ? "" : maxAge, "from", from == null ? "" : from));
    try {
      int age = number(maxAge, "maxAge", "在校就读最高年龄须为整数周岁");
      YearMonth month = StandardsPage.month(from, "from");
      if ("true".equals(confirm)) {
        studyAge.change(age, month, user.username());
        recordStudyAge(audit, age, month);
        model.addAttribute("message", "已保存：自 " + month + " 起在校就读最高年龄为 " + age + " 周岁");
      } else {
        model.addAttribute("agePreview", studyAge.preview(age, month));
      }
      return page(model, Map.of(), Map.of());
    } catch (InvalidInput e) {
      return page(model, PageErrors.of(e), Map.of());
    }
  }

  /** The preview (confirm absent) or the save (confirm=true) of a category's new visit interval. */
  @PostMapping(PATH + "/visit-interval")
  String visitInterval(
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String months,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String confirm,
      Model model) {
    StaffUser user = roles.require(ChildrenRoles.ADMIN);
    model.addAttribute(
        "intervalForm",
        Map.of(
            "category", category == null ? "" : category,
            "months", months == null ? "" : months,
            "from", from == null ? "" : from));
    try {
      int interval = number(months, "months", "走访间隔须为整数月");
      LocalDate day = DateField.required("from", "执行日期", from, Span.ANY);
      String code = category == null ? "" : category;
      if ("true".equals(confirm)) {
        intervals.change(code, interval, day, user.username());
        recordInterval(audit, code, interval, day);
        model.addAttribute("message", "已保存：自 " + day + " 起走访间隔为 " + interval + " 个月");
      } else {
        model.addAttribute("intervalPreview", intervals.preview(code, interval, day));
      }
      return page(model, Map.of(), Map.of());
    } catch (InvalidInput e) {
      return page(model, Map.of(), PageErrors.of(e));
    }
  }

  static void recordStudyAge(AuditLog audit, int age, YearMonth from) {
    audit.record(
        AuditEvent.success(
            "children.study-age.change", "children-setting", "study_max_age", from + " " + age));
  }

  static void recordInterval(AuditLog audit, String category, int months, LocalDate from) {
    audit.record(
        AuditEvent.success(
            "children.visit-interval.change", "children-setting", category, from + " " + months));
  }

  static int number(@Nullable String text, String field, String message) {
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, message);
    }
  }

  /** The two forms share a field name (from): each has its own messages. */
  private String page(
      Model model, Map<String, String> ageErrors, Map<String, String> intervalErrors) {
    LocalDate today = ChinaTime.today();
    model.addAttribute("ageHistory", studyAge.history());
    model.addAttribute("ageNow", studyAge.inForce(YearMonth.from(today)));
    model.addAttribute("intervalHistory", intervals.history());
    model.addAttribute("categories", categories.all());
    model.addAttribute("today", today);
    model.addAttribute("ageErrors", ageErrors);
    model.addAttribute("intervalErrors", intervalErrors);
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here(ChildrenMenu.GROUP), Breadcrumb.here("走访间隔与就读年龄")));
    return "children/settings";
  }
}
