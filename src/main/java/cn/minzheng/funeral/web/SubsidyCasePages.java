package cn.minzheng.funeral.web;

import cn.minzheng.funeral.cases.CaseState;
import cn.minzheng.funeral.cases.OpenedVia;
import cn.minzheng.funeral.cases.SubsidyCase;
import cn.minzheng.funeral.cases.SubsidyCases;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.PlausibleDate.Span;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 殡葬补贴: the cases of the caller's region subtree, the counter application, the maker's computation
 * and the checker's approval.
 */
@Controller
class SubsidyCasePages {

  static final Set<String> SORTS = Set.of("date_of_death", "case_no", "state", "opened_at");

  private final SubsidyCases cases;
  private final Facilities facilities;
  private final FuneralAccess access;
  private final DataScope scope;
  private final AuditLog audit;

  SubsidyCasePages(
      SubsidyCases cases,
      Facilities facilities,
      FuneralAccess access,
      DataScope scope,
      AuditLog audit) {
    this.cases = cases;
    this.facilities = facilities;
    this.access = access;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping("/funeral/cases")
  String list(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String recovery,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    access.require(FuneralAccess.STAFF);
    CaseState filter =
        Arrays.stream(CaseState.values())
            .filter(s -> s.name().equals(state))
            .findFirst()
            .orElse(null);
    PageQuery query =
        PageQuery.of(page, size, sort, dir == null ? "desc" : dir, SORTS, "date_of_death");
    boolean recoveryOpen = "due".equals(recovery);
    model.addAttribute("page", cases.list(scope.current(), filter, recoveryOpen, query));
    model.addAttribute("state", filter == null ? null : filter.name());
    model.addAttribute("recovery", recoveryOpen ? "due" : null);
    model.addAttribute("states", CaseState.values());
    model.addAttribute("counter", access.has(FuneralAccess.COUNTER));
    model.addAttribute("uploader", access.has(FuneralAccess.RECORDS));
    model.addAttribute("facilities", facilities.list(scope.current()));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("殡葬管理"), Breadcrumb.here("殡葬补贴")));
    return "funeral/cases";
  }

  @GetMapping("/funeral/cases/{id}")
  String detail(@PathVariable long id, Model model) {
    access.require(FuneralAccess.STAFF);
    SubsidyCase c = inScope(id);
    audit.record(AuditEvent.success("funeral.case.read", "funeral_case", String.valueOf(id), null));
    model.addAttribute("c", c);
    model.addAttribute("records", cases.records(id));
    model.addAttribute("calculation", cases.calculate(c));
    model.addAttribute("maker", access.has(FuneralAccess.MAKER));
    model.addAttribute("checker", access.has(FuneralAccess.CHECKER));
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("殡葬管理"),
            Breadcrumb.link("殡葬补贴", "/funeral/cases"),
            Breadcrumb.here(c.caseNo())));
    return "funeral/case";
  }

  @PostMapping("/funeral/cases")
  String apply(
      @RequestParam(required = false) String deceasedIdNumber,
      @RequestParam(required = false) String applicantIdNumber,
      @RequestParam(required = false) String bankName,
      @RequestParam(required = false) String accountNumber,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(FuneralAccess.COUNTER);
    try {
      long id =
          cases.apply(
              new SubsidyCases.Application(
                  deceasedIdNumber, applicantIdNumber, bankName, accountNumber),
              OpenedVia.COUNTER,
              user.username(),
              scope::permits);
      redirect.addFlashAttribute("message", "申请已受理");
      return "redirect:/funeral/cases/" + id;
    } catch (InvalidInput e) {
      model.addAttribute("error", e.getMessage());
      model.addAttribute("fieldErrors", Map.of(e.field(), e.getMessage()));
      model.addAttribute(
          "form",
          Map.of(
              "deceasedIdNumber",
              deceasedIdNumber == null ? "" : deceasedIdNumber,
              "applicantIdNumber",
              applicantIdNumber == null ? "" : applicantIdNumber,
              "bankName",
              bankName == null ? "" : bankName));
      return list(null, null, null, null, null, null, model);
    }
  }

  @PostMapping("/funeral/cases/{id}/propose")
  String propose(@PathVariable long id, Model model, RedirectAttributes redirect) {
    StaffUser user = access.require(FuneralAccess.MAKER);
    inScope(id);
    try {
      var result = cases.propose(id, user.username());
      redirect.addFlashAttribute("message", "已核算：补贴 " + result.total() + " 元，待区县审核");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/funeral/cases/" + id;
  }

  @PostMapping("/funeral/cases/{id}/approve")
  String approve(@PathVariable long id, Model model, RedirectAttributes redirect) {
    StaffUser user = access.require(FuneralAccess.CHECKER);
    inScope(id);
    try {
      var month = cases.approve(id, user.username());
      redirect.addFlashAttribute("message", "已审核：补贴列入 " + month + " 发放名册");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/funeral/cases/" + id;
  }

  /** The district records that the family paid back the subsidy of a withdrawn death. */
  @PostMapping("/funeral/cases/{id}/recovery")
  String recovery(
      @PathVariable long id,
      @RequestParam(required = false) String recoveredOn,
      @RequestParam(required = false) String recoveryNote,
      RedirectAttributes redirect) {
    StaffUser user = access.require(FuneralAccess.CHECKER);
    inScope(id);
    try {
      LocalDate on = DateField.required("recoveredOn", "追回日期", recoveredOn, Span.HAPPENED);
      cases.recordRecovery(id, on, recoveryNote, user.username());
      redirect.addFlashAttribute("message", "已登记追回");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/funeral/cases/" + id;
  }

  private SubsidyCase inScope(long id) {
    return cases
        .find(id)
        .filter(c -> scope.permits(c.regionCode()))
        .orElseThrow(() -> new RecordNotFoundException("funeral case " + id));
  }
}
