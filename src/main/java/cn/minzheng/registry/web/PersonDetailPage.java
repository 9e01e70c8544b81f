package cn.minzheng.registry.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DeathReportRejectedException;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.domain.person.Ethnicities;
import cn.minzheng.registry.domain.person.PersonDetail;
import cn.minzheng.registry.domain.person.PersonQueries;
import cn.minzheng.registry.domain.person.PersonService;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/** The person page: masked detail, history, "显示完整号码" and recording a death. */
@Controller
class PersonDetailPage {

  private final PersonQueries queries;
  private final PersonService service;
  private final PersonCommands commands;
  private final RegionOptions regions;
  private final Ethnicities ethnicities;
  private final RegistryAccess access;

  PersonDetailPage(
      PersonQueries queries,
      PersonService service,
      PersonCommands commands,
      RegionOptions regions,
      Ethnicities ethnicities,
      RegistryAccess access) {
    this.queries = queries;
    this.service = service;
    this.commands = commands;
    this.regions = regions;
    this.ethnicities = ethnicities;
    this.access = access;
  }

  @GetMapping("/registry/persons/{id}")
  String show(@PathVariable long id, Model model) {
    access.requireStaff();
    PersonDetail detail = queries.detail(id);
    model.addAttribute("detail", detail);
    model.addAttribute("p", detail.person());
    model.addAttribute("history", service.history(id));
    model.addAttribute("mayUnmask", queries.mayUnmask());
    model.addAttribute("regionNames", regions);
    model.addAttribute("ethnicityName", ethnicities.nameOf(detail.person().ethnicityCode()));
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("mayWithdrawDeath", access.isApprover());
    model.addAttribute(
        "breadcrumbs",
        List.of(
            new Breadcrumb("人员查询", "/registry/persons"),
            new Breadcrumb(detail.person().name(), null)));
    return "registry/person";
  }

  /** htmx: swaps the masked value for the full one; audited as {@code person.unmask}. */
  @PostMapping(value = "/registry/persons/{id}/unmask", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> unmask(@PathVariable long id, @RequestParam String field) {
    access.requireStaff();
    String value = "phone".equals(field) ? queries.unmaskPhone(id) : queries.unmaskIdNumber(id);
    String html =
        "<span class=\"font-monospace\" data-testid=\"unmasked-"
            + ("phone".equals(field) ? "phone" : "id-number")
            + "\">"
            + HtmlUtils.htmlEscape(value == null ? "" : value)
            + "</span>";
    return ResponseEntity.ok().header("Cache-Control", "no-store").body(html);
  }

  @PostMapping("/registry/persons/{id}/death")
  String recordDeath(
      @PathVariable long id,
      @RequestParam(required = false) String dateOfDeath,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String confirmed,
      Model model,
      RedirectAttributes redirect) {
    var user = access.requireStaff();
    queries.detail(id); // data scope: out of scope is 404 before anything happens
    Map.Entry<String, String> problem = deathFormProblem(dateOfDeath, reason, confirmed);
    String source = user.roles().contains(Role.COMMUNITY_WORKER) ? "COMMUNITY" : "STAFF";
    if (problem == null) {
      try {
        var record =
            commands.recordDeath(
                id, new DeathReport(LocalDate.parse(dateOfDeath), source, null, reason.strip()));
        redirect.addFlashAttribute("message", record.newlyRecorded() ? "已登记死亡" : "该人员已登记死亡，本次未作更改");
        return "redirect:/registry/persons/" + id;
      } catch (DeathReportRejectedException e) {
        problem = Map.entry("dateOfDeath", e.getMessage());
      }
    }
    model.addAttribute("deathErrors", Map.of(problem.getKey(), problem.getValue()));
    model.addAttribute(
        "deathInput",
        Map.of(
            "dateOfDeath",
            dateOfDeath == null ? "" : dateOfDeath,
            "reason",
            reason == null ? "" : reason));
    show(id, model);
    return "registry/person";
  }

  /**
   * 撤销误登记的死亡: a district approver other than the one who recorded it; the modules restore what they
   * stopped through {@code DeathWithdrawn}.
   */
  @PostMapping("/registry/persons/{id}/death/withdraw")
  String withdrawDeath(
      @PathVariable long id,
      @RequestParam(required = false) String withdrawReason,
      Model model,
      RedirectAttributes redirect) {
    access.requireApprover();
    queries.detail(id); // data scope first
    try {
      commands.withdrawDeath(id, withdrawReason);
      redirect.addFlashAttribute("message", "已撤销死亡登记，各项待遇将按规定恢复并补发");
      return "redirect:/registry/persons/" + id;
    } catch (DeathReportRejectedException e) {
      model.addAttribute("withdrawErrors", Map.of("withdrawReason", e.getMessage()));
      show(id, model);
      return "registry/person";
    }
  }

  /** The first problem of the death form as field and message, or null when it is complete. */
  private static Map.Entry<String, String> deathFormProblem(
      String dateOfDeath, String reason, String confirmed) {
    if (dateOfDeath == null || dateOfDeath.isBlank()) {
      return Map.entry("dateOfDeath", "死亡日期不能为空");
    }
    try {
      PlausibleDate.parse(dateOfDeath, PlausibleDate.Span.HAPPENED, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      return Map.entry("dateOfDeath", "死亡日期：" + e.getMessage());
    }
    if (reason == null || reason.isBlank()) {
      return Map.entry("reason", "请填写登记原因（如死亡医学证明编号、报告人）");
    }
    if (!"true".equals(confirmed)) {
      return Map.entry("confirmed", "请勾选确认：死亡登记后将停止该人员的各项待遇");
    }
    return null;
  }
}
