package cn.minzheng.children.web;

import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.allowance.AllowanceCases.AllowanceCase;
import cn.minzheng.children.allowance.Candidates;
import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.allowance.CaseState;
import cn.minzheng.children.allowance.Categories;
import cn.minzheng.children.allowance.NewAllowanceCase;
import cn.minzheng.children.allowance.Parent;
import cn.minzheng.children.allowance.ParentSituation;
import cn.minzheng.children.allowance.SituationRecord;
import cn.minzheng.children.protection.Visits;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 儿童保障个案: list, application, detail (every read audited: minors' records) and the workflow steps —
 * street review, county decision, care-type change, full-time study, a parent's situation ending.
 * Role first (ChildrenRoles), then the record's region against the caller's scope (404).
 */
@Controller
class CasePages {

  static final String PATH = "/children/cases";

  private final AllowanceCases cases;
  private final Candidates candidates;
  private final Categories categories;
  private final ChildrenRoles roles;
  private final DataScope scope;
  private final AuditLog audit;
  private final RegionQuery regions;
  private final Visits visits;

  CasePages(
      AllowanceCases cases,
      Candidates candidates,
      Categories categories,
      ChildrenRoles roles,
      DataScope scope,
      AuditLog audit,
      RegionQuery regions,
      Visits visits) {
    this.regions = regions;
    this.visits = visits;
    this.cases = cases;
    this.candidates = candidates;
    this.categories = categories;
    this.roles = roles;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String list(
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      Model model) {
    roles.require(ChildrenRoles.CASE_READERS);
    CaseState selected = parseState(state);
    RegionFilter filter = scope.current();
    String[] codes = filter.unrestricted() ? null : filter.codesArray();
    PageQuery query = PageQuery.of(page, size, null, "desc", java.util.Set.of("id"), "id");
    List<AllowanceCase> items = cases.list(codes, selected, query.size(), query.offset());
    long total = cases.count(codes, selected);
    audit.record(
        AuditEvent.success(
            "children.case.list",
            "children-case",
            null,
            "第" + query.page() + "页，" + items.size() + " 条"));
    model.addAttribute("result", new PageResult<>(items, query, total));
    model.addAttribute("states", CaseState.values());
    model.addAttribute("state", selected);
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here(ChildrenMenu.GROUP), Breadcrumb.here("儿童保障个案")));
    return "children/cases";
  }

  @GetMapping(PATH + "/new")
  String form(@RequestParam(required = false) @Nullable Long candidate, Model model) {
    roles.require(ChildrenRoles.FILERS);
    if (candidate != null) {
      var c = candidates.get(candidate);
      scope.requireInScope(c.regionCode());
      model.addAttribute("candidate", c);
      model.addAttribute("form", Map.of("category", c.suggestedCategory()));
    } else {
      model.addAttribute("form", Map.of());
    }
    return showForm(model, Map.of());
  }

  @PostMapping(PATH + "/new")
  String file(@RequestParam Map<String, String> params, Model model) {
    StaffUser user = roles.require(ChildrenRoles.FILERS);
    LocalDate today = ChinaTime.today();
    try {
      NewAllowanceCase form = formOf(params, today);
      var child = cases.child(form.childIdNumber(), "childIdNumber");
      scope.requireInScope(child.residenceRegionCode());
      String candidate = params.get("candidate");
      long id =
          candidate == null || candidate.isBlank()
              ? cases.file(form, "STAFF", user.username(), today)
              : candidates.confirm(Long.parseLong(candidate.strip()), form, user.username(), today);
      audit.record(
          AuditEvent.success("children.case.file", "children-case", String.valueOf(id), ""));
      return "redirect:" + PATH + "/" + id;
    } catch (InvalidInput e) {
      model.addAttribute("form", params);
      return showForm(model, PageErrors.of(e));
    }
  }

  private String showForm(Model model, Map<String, String> errors) {
    model.addAttribute("categories", categories.active());
    model.addAttribute("careTypes", CareType.values());
    model.addAttribute("situations", ParentSituation.values());
    model.addAttribute("errors", errors);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here(ChildrenMenu.GROUP),
            Breadcrumb.link("儿童保障个案", PATH),
            Breadcrumb.here("新增申请")));
    return "children/application";
  }

  /** The application form's fields; a date or choice that cannot be read is a field error. */
  static NewAllowanceCase formOf(Map<String, String> p, LocalDate today) {
    List<InvalidInput.FieldMessage> errors = new ArrayList<>();
    List<SituationRecord> situations = new ArrayList<>();
    for (Parent parent : Parent.values()) {
      String key = parent.name().toLowerCase(java.util.Locale.ROOT);
      String situation = p.get(key + "Situation");
      if (situation == null || situation.isBlank()) {
        errors.add(
            new InvalidInput.FieldMessage(key + "Situation", "请选择" + parent.label() + "的情形"));
        continue;
      }
      LocalDate since;
      try {
        since = DateField.optional(key + "Since", "开始日期", p.get(key + "Since"), Span.ANY);
      } catch (InvalidInput e) {
        errors.add(new InvalidInput.FieldMessage(key + "Since", e.getMessage()));
        continue;
      }
      if (since == null || since.isAfter(today)) {
        errors.add(new InvalidInput.FieldMessage(key + "Since", "请填写不晚于今天的开始日期"));
        continue;
      }
      try {
        situations.add(
            new SituationRecord(
                parent,
                ParentSituation.valueOf(situation),
                since,
                null,
                p.getOrDefault(key + "Evidence", "").strip()));
      } catch (IllegalArgumentException e) {
        errors.add(
            new InvalidInput.FieldMessage(key + "Situation", "请选择" + parent.label() + "的情形"));
      }
    }
    CareType care = null;
    try {
      care = CareType.valueOf(p.getOrDefault("careType", ""));
    } catch (IllegalArgumentException e) {
      errors.add(new InvalidInput.FieldMessage("careType", "请选择养育方式"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new NewAllowanceCase(
        p.getOrDefault("childIdNumber", ""),
        p.getOrDefault("category", ""),
        care,
        situations,
        p.getOrDefault("guardianName", ""),
        p.getOrDefault("guardianRelation", ""),
        p.get("guardianIdNumber"),
        p.get("guardianPhone"),
        "true".equals(p.get("consent")),
        p.getOrDefault("reason", ""),
        p.get("bankName"),
        p.get("accountNumber"));
  }

  @GetMapping(PATH + "/{id}")
  String show(@PathVariable long id, Model model) {
    StaffUser user = roles.require(ChildrenRoles.CASE_READERS);
    AllowanceCase c = cases.get(id);
    scope.requireInScope(c.regionCode());
    audit.record(AuditEvent.success("children.case.read", "children-case", String.valueOf(id), ""));
    model.addAttribute("c", c);
    model.addAttribute("regionName", regionName(c.regionCode()));
    model.addAttribute("situations", cases.situations(id));
    model.addAttribute("history", cases.history(id));
    model.addAttribute("careTypes", CareType.values());
    model.addAttribute("parents", Parent.values());
    model.addAttribute(
        "canPropose", roles.has(user, ChildrenRoles.STREET) && c.state() == CaseState.APPLIED);
    model.addAttribute(
        "canDecide", roles.has(user, ChildrenRoles.COUNTY) && c.state() == CaseState.PROPOSED);
    model.addAttribute(
        "canChange", roles.has(user, ChildrenRoles.STREET) && c.state() == CaseState.APPROVED);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here(ChildrenMenu.GROUP),
            Breadcrumb.link("儿童保障个案", PATH),
            Breadcrumb.here(c.childName())));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "children/case";
  }

  @PostMapping(PATH + "/{id}/propose")
  String propose(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String pass,
      @RequestParam(required = false) @Nullable String opinion,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.require(ChildrenRoles.STREET);
    inScope(id);
    return step(
        id,
        model,
        redirect,
        "街道审核已提交",
        () ->
            cases.propose(
                id, "true".equals(pass), opinion == null ? "" : opinion, user.username()));
  }

  @PostMapping(PATH + "/{id}/decide")
  String decide(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String approve,
      @RequestParam(required = false) @Nullable String note,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.require(ChildrenRoles.COUNTY);
    inScope(id);
    return step(
        id,
        model,
        redirect,
        "审批结果已保存",
        () ->
            cases.decide(
                id,
                "true".equals(approve),
                note == null ? "" : note,
                user.username(),
                ChinaTime.today()));
  }

  @PostMapping(PATH + "/{id}/care-type")
  String careType(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String careType,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.require(ChildrenRoles.STREET);
    inScope(id);
    return step(
        id,
        model,
        redirect,
        "养育方式已变更，自下月起按新标准发放",
        () -> {
          CareType type;
          try {
            type = CareType.valueOf(careType == null ? "" : careType);
          } catch (IllegalArgumentException e) {
            throw new InvalidInput("careType", "请选择养育方式");
          }
          cases.changeCareType(id, type, user.username(), ChinaTime.today());
        });
  }

  @PostMapping(PATH + "/{id}/study")
  String study(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String studyUntil,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.require(ChildrenRoles.STREET);
    inScope(id);
    return step(
        id,
        model,
        redirect,
        "在校就读已登记",
        () -> {
          LocalDate until = DateField.required("studyUntil", "就读截止日期", studyUntil, Span.ANY);
          cases.recordStudy(id, until, user.username());
        });
  }

  @PostMapping(PATH + "/{id}/parent-ended")
  String parentEnded(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String parent,
      @RequestParam(required = false) @Nullable String endedOn,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.require(ChildrenRoles.STREET);
    inScope(id);
    return step(
        id,
        model,
        redirect,
        "已登记父母情形结束",
        () -> {
          LocalDate on = DateField.required("endedOn", "结束日期", endedOn, Span.HAPPENED);
          Parent which;
          try {
            which = Parent.valueOf(parent == null ? "" : parent);
          } catch (IllegalArgumentException e) {
            throw new InvalidInput("parent", "请选择父亲或母亲");
          }
          cases.endParentSituation(id, which, on, user.username());
        });
  }

  @PostMapping(PATH + "/{id}/review-done")
  String reviewDone(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String note,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = roles.require(ChildrenRoles.STREET);
    inScope(id);
    return step(
        id,
        model,
        redirect,
        "复核已完成",
        () -> cases.completeReview(id, note == null ? "" : note, user.username()));
  }

  private void inScope(long id) {
    scope.requireInScope(cases.get(id).regionCode());
  }

  private String step(
      long id, Model model, RedirectAttributes redirect, String done, Runnable action) {
    try {
      action.run();
      audit.record(
          AuditEvent.success("children.case.change", "children-case", String.valueOf(id), done));
      redirect.addFlashAttribute("message", done);
      return "redirect:" + PATH + "/" + id;
    } catch (InvalidInput e) {
      model.addAttribute("errors", PageErrors.of(e));
      model.addAttribute("error", e.getMessage());
      return show(id, model);
    }
  }

  /** 锦江区 / 督院街街道 / 某社区: the region's path below the city, by name. */
  private String regionName(String code) {
    return regions.path(code).stream()
        .skip(1)
        .map(RegionNode::name)
        .reduce((a, b) -> a + " / " + b)
        .orElse(code);
  }

  static @Nullable CaseState parseState(@Nullable String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return CaseState.valueOf(state);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
