package cn.minzheng.organisations.web;

import cn.minzheng.organisations.projects.Evaluation;
import cn.minzheng.organisations.projects.GrantPayees;
import cn.minzheng.organisations.projects.ProjectApplication;
import cn.minzheng.organisations.projects.ProjectCall;
import cn.minzheng.organisations.projects.ProjectCategory;
import cn.minzheng.organisations.projects.SpecialFundProjects;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.organisations.web.ProjectForms.CallForm;
import cn.minzheng.organisations.web.ProjectForms.ProposalForm;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 专项资金项目 for staff: the calls (the city opens them), a call's applications of the caller's region
 * ranked by average score with the Excel export, an application with its scores (a reviewer of the
 * district or city scores once), the city's approval (within budget; the grant goes to the payment
 * roster) or rejection, and the evaluations. Applications outside the caller's region answer 404.
 */
@Controller
class ProjectPages {

  static final String PATH = "/organisations/projects";

  private final OrganisationAccess access;
  private final SpecialFundProjects projects;
  private final OrganisationQueries organisations;
  private final DataScope scope;
  private final AuditLog audit;
  private final GrantPayees payees;

  ProjectPages(
      OrganisationAccess access,
      SpecialFundProjects projects,
      OrganisationQueries organisations,
      DataScope scope,
      AuditLog audit,
      GrantPayees payees) {
    this.access = access;
    this.projects = projects;
    this.payees = payees;
    this.organisations = organisations;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String calls(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    StaffUser user = access.require(OrganisationAccess.READ);
    return renderCalls(user, year, page, size, new CallForm(), Map.of(), model);
  }

  @PostMapping(PATH + "/calls")
  String openCall(
      @ModelAttribute("callForm") CallForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.CITY);
    try {
      long id = projects.openCall(form.opening(), user.username());
      redirect.addFlashAttribute("message", "已发布申报批次");
      return "redirect:" + PATH + "/calls/" + id;
    } catch (InvalidInput e) {
      response.setStatus(422);
      return renderCalls(user, null, null, null, form, OrganisationAccess.errors(e), model);
    }
  }

  private String renderCalls(
      StaffUser user,
      Integer year,
      Integer page,
      Integer size,
      CallForm form,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("year", year);
    model.addAttribute(
        "page",
        projects.calls(year, PageQuery.of(page, size, null, null, java.util.Set.of("id"), "id")));
    model.addAttribute("city", user.roles().stream().anyMatch(OrganisationAccess.CITY::contains));
    model.addAttribute("callForm", form);
    model.addAttribute("errors", errors);
    model.addAttribute("categories", ProjectCategory.values());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("专项资金项目")));
    return "organisations/project-calls";
  }

  @GetMapping(PATH + "/calls/{id}")
  String call(
      @PathVariable long id,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    StaffUser user = access.require(OrganisationAccess.READ);
    return renderCall(
        user, id, status, q, page, size, sort, dir, new ProposalForm(), Map.of(), model);
  }

  /** Staff enter an application for an organisation of their region, found by its credit code. */
  @PostMapping(PATH + "/calls/{id}/applications")
  String enter(
      @PathVariable long id,
      @ModelAttribute("proposal") ProposalForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    callOr404(id);
    try {
      if (form.getCreditCode() == null || form.getCreditCode().isBlank()) {
        throw new InvalidInput("creditCode", "申报单位统一社会信用代码：不能为空");
      }
      Organisation o =
          organisations
              .byCreditCode(form.getCreditCode())
              .filter(found -> scope.current().permits(found.regionCode()))
              .orElseThrow(() -> new InvalidInput("creditCode", "申报单位统一社会信用代码：本辖区没有该社会组织"));
      long appId = projects.apply(id, o, form.proposal(), ChinaTime.today(), user.username());
      redirect.addFlashAttribute("message", "已录入" + o.name() + "的项目申报");
      return "redirect:" + PATH + "/applications/" + appId;
    } catch (InvalidInput e) {
      response.setStatus(422);
      return renderCall(
          user, id, null, null, null, null, null, null, form, OrganisationAccess.errors(e), model);
    }
  }

  private String renderCall(
      StaffUser user,
      long id,
      String status,
      String q,
      Integer page,
      Integer size,
      String sort,
      String dir,
      ProposalForm form,
      Map<String, String> errors,
      Model model) {
    ProjectCall call = callOr404(id);
    model.addAttribute("call", call);
    model.addAttribute("status", status);
    model.addAttribute("q", q);
    model.addAttribute(
        "page",
        projects.page(
            scope.current(),
            id,
            null,
            status,
            q,
            PageQuery.of(page, size, sort, dir, SpecialFundProjects.SORTS, "rank")));
    model.addAttribute(
        "bureau", user.roles().stream().anyMatch(OrganisationAccess.BUREAU::contains));
    model.addAttribute("proposal", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("社会组织"),
            Breadcrumb.link("专项资金项目", PATH),
            Breadcrumb.here(call.title())));
    return "organisations/project-call";
  }

  /** The ranking of a call in the caller's region, as staff expect it in Excel. */
  @GetMapping(PATH + "/calls/{id}/export")
  ResponseEntity<byte[]> export(@PathVariable long id) throws IOException {
    access.require(OrganisationAccess.READ);
    ProjectCall call = callOr404(id);
    PageResult<ProjectApplication> all =
        projects.page(scope.current(), id, null, null, null, new PageQuery(1, 100, "rank", true));
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("评审排名");
      String[] head = {
        "排名", "申报单位", "项目名称", "资助领域", "申请金额（元）", "评审人数", "平均分", "状态", "立项金额（元）", "资金编号"
      };
      Row h = sheet.createRow(0);
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      int r = 1;
      for (int p = 1; ; p++) {
        PageResult<ProjectApplication> chunk =
            p == 1
                ? all
                : projects.page(
                    scope.current(), id, null, null, null, new PageQuery(p, 100, "rank", true));
        for (ProjectApplication a : chunk.items()) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(a.rank());
          row.createCell(1).setCellValue(a.organisationName());
          row.createCell(2).setCellValue(a.title());
          row.createCell(3).setCellValue(a.categoryLabel());
          row.createCell(4).setCellValue(a.requested().doubleValue());
          row.createCell(5).setCellValue(a.reviewers());
          if (a.averageScore() != null) {
            row.createCell(6).setCellValue(a.averageScore().doubleValue());
          }
          row.createCell(7).setCellValue(a.statusLabel());
          if (a.approvedAmount() != null) {
            row.createCell(8).setCellValue(a.approvedAmount().doubleValue());
          }
          row.createCell(9).setCellValue(a.grantNumber() == null ? "" : a.grantNumber());
        }
        if (!chunk.hasNext()) {
          break;
        }
      }
      book.write(out);
      audit.record(
          AuditEvent.success("organisations.project.export", "project_call", "" + id, null));
      return ResponseEntity.ok()
          .contentType(
              MediaType.parseMediaType(
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment()
                  .filename(call.title() + "评审排名.xlsx", StandardCharsets.UTF_8)
                  .build()
                  .toString())
          .body(out.toByteArray());
    }
  }

  @GetMapping(PATH + "/applications/{id}")
  String application(@PathVariable long id, Model model) {
    StaffUser user = access.require(OrganisationAccess.READ);
    ProjectApplication a = inScope(id);
    audit.record(
        AuditEvent.success("organisations.project.read", "project_application", "" + id, "page"));
    model.addAttribute("a", a);
    model.addAttribute("call", callOr404(a.callId()));
    Organisation applicant = organisations.find(a.organisationId()).orElseThrow();
    model.addAttribute("applicant", applicant);
    model.addAttribute("account", payees.account(applicant));
    model.addAttribute("scores", projects.scores(id));
    model.addAttribute("evaluations", projects.evaluations(id));
    model.addAttribute("scored", projects.scoredBy(id, user.username()));
    model.addAttribute(
        "bureau", user.roles().stream().anyMatch(OrganisationAccess.BUREAU::contains));
    model.addAttribute("city", user.roles().stream().anyMatch(OrganisationAccess.CITY::contains));
    model.addAttribute("stages", Evaluation.Stage.values());
    model.addAttribute("results", Evaluation.Result.values());
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("社会组织"),
            Breadcrumb.link("专项资金项目", PATH),
            Breadcrumb.link(a.callTitle(), PATH + "/calls/" + a.callId()),
            Breadcrumb.here(a.title())));
    return "organisations/project";
  }

  @PostMapping(PATH + "/applications/{id}/scores")
  String score(
      @PathVariable long id,
      @RequestParam(required = false) String score,
      @RequestParam(required = false) String remarks,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    inScope(id);
    try {
      projects.score(
          id,
          user.username(),
          ProjectForms.amount(score, "score", "评分"),
          remarks,
          ChinaTime.today());
      redirect.addFlashAttribute("message", "已提交评分");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/applications/" + id;
  }

  @PostMapping(PATH + "/applications/{id}/approve")
  String approve(
      @PathVariable long id,
      @RequestParam(required = false) String amount,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.CITY);
    inScope(id);
    try {
      String grant =
          projects.approve(
              id,
              ProjectForms.amount(amount, "amount", "立项金额"),
              note,
              ChinaTime.today(),
              user.username());
      redirect.addFlashAttribute("message", "已立项，资金编号" + grant + "，已列入专项资金发放名册");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/applications/" + id;
  }

  @PostMapping(PATH + "/applications/{id}/reject")
  String reject(
      @PathVariable long id,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.CITY);
    inScope(id);
    try {
      projects.reject(id, note, ChinaTime.today(), user.username());
      redirect.addFlashAttribute("message", "已作出不予立项决定");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/applications/" + id;
  }

  @PostMapping(PATH + "/applications/{id}/evaluations")
  String evaluate(
      @PathVariable long id,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String result,
      @RequestParam(required = false) String findings,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    inScope(id);
    try {
      projects.evaluate(
          id,
          ApplicationPages.enumOf(Evaluation.Stage.class, stage, "stage", "评估阶段：请选择"),
          ApplicationPages.enumOf(Evaluation.Result.class, result, "result", "评估结论：请选择"),
          findings,
          ChinaTime.today(),
          user.username());
      redirect.addFlashAttribute("message", "已记录评估结论");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/applications/" + id;
  }

  private ProjectCall callOr404(long id) {
    return projects.call(id).orElseThrow(() -> new RecordNotFoundException("project call"));
  }

  private ProjectApplication inScope(long id) {
    ProjectApplication a =
        projects.find(id).orElseThrow(() -> new RecordNotFoundException("project application"));
    scope.requireInScope(a.regionCode());
    return a;
  }
}
