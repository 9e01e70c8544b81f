package cn.minzheng.placenames.web;

import cn.minzheng.placenames.naming.NamingApplications;
import cn.minzheng.placenames.naming.NamingApplications.Application;
import cn.minzheng.placenames.naming.NamingApplications.AssessmentInput;
import cn.minzheng.placenames.naming.NamingApplications.Submission;
import cn.minzheng.placenames.naming.PlaceCategory;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 地名命名（更名）申请 pages: the list (paged, filtered), the form, the detail with the consultation's
 * comments and the experts' reviews, approval and refusal. The role rules are {@link
 * PlacenamesRoles}', as for the API.
 */
@Controller
@RequestMapping("/placenames/applications")
class NamingPages {

  private static final String LIST = "/placenames/applications";

  private final NamingApplications applications;
  private final PlacenamesRoles roles;

  NamingPages(NamingApplications applications, PlacenamesRoles roles) {
    this.applications = applications;
    this.roles = roles;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String dir,
      Model model) {
    StaffUser user = roles.requireStaff();
    PlaceCategory cat =
        Arrays.stream(PlaceCategory.values())
            .filter(c -> c.name().equals(category))
            .findFirst()
            .orElse(null);
    String st = STATUSES.containsKey(status) ? status : null;
    PageQuery query =
        PageQuery.of(page, size, sort, dir == null ? "desc" : dir, NamingApplications.SORTS, "id");
    model.addAttribute("result", applications.page(st, cat, name, query));
    model.addAttribute("status", st == null ? "" : st);
    model.addAttribute("category", cat == null ? "" : cat.name());
    model.addAttribute("name", name == null ? "" : name);
    model.addAttribute("statuses", STATUSES);
    model.addAttribute("categories", PlaceCategory.values());
    model.addAttribute("mayApply", roles.mayApply(user));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("命名申请")));
    return "placenames/applications";
  }

  @GetMapping("/new")
  String form(Model model) {
    roles.requireApplicant();
    return showForm(model, new Submission(null, null, null, null, null, null, null), Map.of());
  }

  @PostMapping
  String submit(
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String pinyin,
      @RequestParam(required = false) @Nullable String regionCode,
      @RequestParam(required = false) @Nullable String location,
      @RequestParam(required = false) @Nullable String reasons,
      Model model) {
    StaffUser user = roles.requireApplicant();
    Submission s = new Submission(null, category, name, pinyin, regionCode, location, reasons);
    try {
      long id = applications.submit(s, user);
      return "redirect:" + LIST + "/" + id;
    } catch (InvalidInput e) {
      return showForm(model, s, errors(e));
    }
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    StaffUser user = roles.requireStaff();
    return showDetail(id, user, model, Map.of());
  }

  @PostMapping("/{id}/reviews")
  String review(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String expert,
      @RequestParam(required = false) @Nullable String score,
      @RequestParam(required = false) @Nullable String opinion,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.requireApplicant();
    try {
      Integer points;
      try {
        points = score == null || score.isBlank() ? null : Integer.valueOf(score.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInput("score", "评分须为0至100的整数");
      }
      applications.review(id, expert, points, opinion, user);
      redirect.addFlashAttribute("message", "专家评审意见已记录");
      return "redirect:" + LIST + "/" + id;
    } catch (InvalidInput e) {
      return showDetail(id, user, model, errors(e));
    }
  }

  @PostMapping("/{id}/assessment")
  String assess(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String legality,
      @RequestParam(required = false) @Nullable String feasibility,
      @RequestParam(required = false) @Nullable String controllability,
      @RequestParam(required = false) @Nullable String impactRisks,
      @RequestParam(required = false) @Nullable String measures,
      @RequestParam(required = false) @Nullable String conclusion,
      @RequestParam(required = false) @Nullable String assessedOn,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.requireApprover();
    try {
      applications.assess(
          id,
          new AssessmentInput(
              legality, feasibility, controllability, impactRisks, measures, conclusion),
          day("assessedOn", "评估日期", assessedOn),
          user);
      redirect.addFlashAttribute("message", "综合评估已记录");
      return "redirect:" + LIST + "/" + id;
    } catch (InvalidInput e) {
      return showDetail(id, user, model, errors(e));
    }
  }

  /**
   * A day typed as 年-月-日, today when left empty, refused naming the field by its label; a day
   * something was done ({@code HAPPENED}: not after today) or planned ({@code NEAR}), by the
   * platform's one rule ({@link PlausibleDate}).
   */
  static LocalDate day(
      String field, String label, @Nullable String value, PlausibleDate.Span span) {
    if (value == null || value.isBlank()) {
      return ChinaTime.today();
    }
    try {
      return PlausibleDate.parse(value, span, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      throw new InvalidInput(field, label + "：" + e.getMessage());
    }
  }

  /** A day on which something was done (decided, assessed, found, rectified). */
  static LocalDate day(String field, String label, @Nullable String value) {
    return day(field, label, value, PlausibleDate.Span.HAPPENED);
  }

  @PostMapping("/{id}/approve")
  String approve(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String decidedOn,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.requireApprover();
    try {
      applications.approve(id, day("decidedOn", "批准日期", decidedOn), user);
      redirect.addFlashAttribute("message", "已批准，地名已录入地名库并可发布地名公告");
      return "redirect:" + LIST + "/" + id;
    } catch (InvalidInput e) {
      return showDetail(id, user, model, errors(e));
    }
  }

  @PostMapping("/{id}/refuse")
  String refuse(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String reason,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.requireApprover();
    try {
      applications.refuse(id, reason, user);
      redirect.addFlashAttribute("message", "已作出不予批准决定");
      return "redirect:" + LIST + "/" + id;
    } catch (InvalidInput e) {
      return showDetail(id, user, model, errors(e));
    }
  }

  private String showDetail(long id, StaffUser user, Model model, Map<String, String> errors) {
    Application a = applications.find(id);
    model.addAttribute("a", a);
    model.addAttribute("comments", applications.comments(id));
    model.addAttribute("reviews", applications.reviews(id));
    model.addAttribute("assessment", applications.assessment(id).orElse(null));
    model.addAttribute("expertsRequired", applications.expertsRequired());
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("mayReview", roles.mayApply(user));
    model.addAttribute("mayApprove", roles.mayApprove(user));
    model.addAttribute("errors", errors);
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.link("命名申请", LIST), Breadcrumb.here(a.proposedName())));
    return "placenames/application";
  }

  private String showForm(Model model, Submission s, Map<String, String> errors) {
    model.addAttribute("form", s);
    model.addAttribute("categories", PlaceCategory.values());
    model.addAttribute("errors", errors);
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.link("命名申请", LIST), Breadcrumb.here("新增申请")));
    return "placenames/application-form";
  }

  private static Map<String, String> errors(InvalidInput e) {
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put(e.field() == null ? "form" : e.field(), e.getMessage());
    return errors;
  }

  static final Map<String, String> STATUSES = statuses();

  private static Map<String, String> statuses() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("SUBMITTED", "审查中");
    m.put("APPROVED", "已批准");
    m.put("REJECTED", "不予批准");
    return m;
  }
}
