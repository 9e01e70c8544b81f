package cn.minzheng.children.web;

import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.allowance.Categories;
import cn.minzheng.children.allowance.ChildAllowanceMonthRuns;
import cn.minzheng.children.allowance.ChildStandards;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.JobAlreadyRunning;
import cn.minzheng.platform.StaffUser;
import java.math.BigDecimal;
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
 * 基本生活费标准: the effective-dated standards per category and care type; the city administrator
 * previews the children a new version affects, then saves it; the categories (special groups kept
 * here); the monthly run. The county sees the standards read-only.
 */
@Controller
class StandardsPage {

  static final String PATH = "/children/standards";

  private final ChildStandards standards;
  private final Categories categories;
  private final ChildAllowanceMonthRuns run;
  private final ChildrenRoles roles;
  private final AuditLog audit;

  StandardsPage(
      ChildStandards standards,
      Categories categories,
      ChildAllowanceMonthRuns run,
      ChildrenRoles roles,
      AuditLog audit) {
    this.standards = standards;
    this.categories = categories;
    this.run = run;
    this.roles = roles;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String show(Model model) {
    StaffUser user = roles.require(ChildrenRoles.STANDARD_READERS);
    return page(model, user, Map.of());
  }

  private String page(Model model, StaffUser user, Map<String, String> errors) {
    model.addAttribute("standards", standards.all());
    model.addAttribute("categories", categories.all());
    model.addAttribute(
        "paidCategories", categories.all().stream().filter(Categories.Category::paid).toList());
    model.addAttribute("careTypes", CareType.values());
    model.addAttribute("admin", roles.has(user, ChildrenRoles.ADMIN));
    model.addAttribute("errors", errors);
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here(ChildrenMenu.GROUP), Breadcrumb.here("基本生活费标准")));
    return "children/standards";
  }

  /** The preview (confirm=false) or the save (confirm=true) of a new version. */
  @PostMapping(PATH)
  String change(
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String careType,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String amount,
      @RequestParam(required = false) @Nullable String confirm,
      Model model) {
    StaffUser user = roles.require(ChildrenRoles.ADMIN);
    model.addAttribute(
        "form",
        Map.of(
            "category", category == null ? "" : category,
            "careType", careType == null ? "" : careType,
            "from", from == null ? "" : from,
            "amount", amount == null ? "" : amount));
    try {
      CareType type = careType(careType);
      YearMonth month = month(from, "from");
      BigDecimal value = amount(amount);
      String code = category == null ? "" : category;
      if ("true".equals(confirm)) {
        standards.replaceFrom(code, type, month, value, user.username());
        audit.record(
            AuditEvent.success(
                "children.standard.change",
                "children-standard",
                code + ":" + type,
                month + " " + value));
        model.addAttribute("message", "已保存：自 " + month + " 起执行 " + value + " 元/月");
      } else {
        model.addAttribute("preview", standards.preview(code, type, month, value));
      }
      return page(model, user, Map.of());
    } catch (InvalidInput e) {
      return page(model, user, PageErrors.of(e));
    }
  }

  @PostMapping(PATH + "/categories")
  String category(
      @RequestParam(required = false) @Nullable String code,
      @RequestParam(required = false) @Nullable String label,
      @RequestParam(required = false) @Nullable String active,
      Model model) {
    StaffUser user = roles.require(ChildrenRoles.ADMIN);
    try {
      categories.saveSpecial(
          code == null ? "" : code, label == null ? "" : label, "true".equals(active));
      audit.record(AuditEvent.success("children.category.save", "children-category", code, label));
      model.addAttribute("message", "类别已保存");
      return page(model, user, Map.of());
    } catch (InvalidInput e) {
      return page(model, user, PageErrors.of(e));
    }
  }

  @PostMapping(PATH + "/run")
  String runMonth(@RequestParam(required = false) @Nullable String month, Model model) {
    StaffUser user = roles.require(ChildrenRoles.ADMIN);
    try {
      YearMonth m = month(month, "month");
      var results =
          run.run(m).stream()
              .map(ChildAllowanceMonthRuns.Done::replaced)
              .filter(r -> r != null)
              .toList();
      if (results.isEmpty()) {
        model.addAttribute("error", "该月发放名册已审核，不能重新生成");
        return page(model, user, Map.of());
      }
      long people = results.stream().mapToLong(r -> r.people()).sum();
      BigDecimal total =
          results.stream().map(r -> r.total()).reduce(BigDecimal.ZERO, BigDecimal::add);
      audit.record(AuditEvent.success("children.run", "children-run", m.toString(), people + " 人"));
      model.addAttribute("message", "%s 儿童基本生活费已生成：%d 人，%s 元".formatted(m, people, total));
      return page(model, user, Map.of());
    } catch (InvalidInput e) {
      return page(model, user, PageErrors.of(e));
    } catch (JobAlreadyRunning running) {
      model.addAttribute("error", running.getMessage());
      return page(model, user, Map.of());
    }
  }

  static CareType careType(@Nullable String text) {
    try {
      return CareType.valueOf(text == null ? "" : text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("careType", "请选择养育方式");
    }
  }

  static YearMonth month(@Nullable String text, String field) {
    return DateField.month(field, "month".equals(field) ? "月份" : "执行起始月份", text);
  }

  static BigDecimal amount(@Nullable String text) {
    try {
      return new BigDecimal(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput("amount", "月标准须为金额");
    }
  }
}
