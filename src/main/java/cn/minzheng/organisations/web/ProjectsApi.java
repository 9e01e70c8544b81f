package cn.minzheng.organisations.web;

import cn.minzheng.organisations.projects.Evaluation;
import cn.minzheng.organisations.projects.GrantPayees;
import cn.minzheng.organisations.projects.ProjectApplication;
import cn.minzheng.organisations.projects.ProjectApplication.Proposal;
import cn.minzheng.organisations.projects.ProjectApplication.Score;
import cn.minzheng.organisations.projects.ProjectCall;
import cn.minzheng.organisations.projects.ProjectCategory;
import cn.minzheng.organisations.projects.SpecialFundProjects;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 专项资金项目 API: the calls, the applications (staff: of their region; an organisation's account: its
 * own only, another's answers 404), one application, an organisation's application, a reviewer's
 * score. Same role rules as the pages; bad input answers RFC 9457 problem details.
 */
@RestController
@Tag(name = "社会组织专项资金项目")
class ProjectsApi {

  private static final Set<Role> READERS =
      EnumSet.of(
          Role.CITY_ADMIN,
          Role.DISTRICT_APPROVER,
          Role.STREET_CASEWORKER,
          Role.ORGANISATION_ACCOUNT);

  private final OrganisationAccess access;
  private final SpecialFundProjects projects;
  private final GrantPayees payees;
  private final DataScope scope;
  private final AuditLog audit;

  ProjectsApi(
      OrganisationAccess access,
      SpecialFundProjects projects,
      GrantPayees payees,
      DataScope scope,
      AuditLog audit) {
    this.access = access;
    this.projects = projects;
    this.payees = payees;
    this.scope = scope;
    this.audit = audit;
  }

  /** An application with its evaluations; the individual scores only for staff. */
  record Detail(ProjectApplication application, List<Score> scores, List<Evaluation> evaluations) {}

  /** What an organisation applies with. */
  record ApplicationRequest(
      @Nullable Long callId,
      @Nullable String title,
      @Nullable String category,
      @Nullable BigDecimal requested,
      @Nullable String summary) {}

  /** The organisation's own bank account for grants (the holder is the organisation). */
  record AccountRequest(@Nullable String bankName, @Nullable String accountNumber) {}

  record ScoreRequest(@Nullable BigDecimal score, @Nullable String remarks) {}

  record Created(long id) {}

  @Operation(summary = "申报批次", description = "全部年度或某一年度的申报批次及预算使用情况，按申报开始日期倒序。")
  @GetMapping("/api/v1/organisations/projects/calls")
  PageResult<ProjectCall> calls(
      @Parameter(description = "年度") @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.require(READERS);
    return projects.calls(year, PageQuery.of(page, size, null, null, Set.of("id"), "id"));
  }

  @Operation(summary = "项目申报列表", description = "工作人员：本辖区的申报；社会组织账号：本组织的申报。排名为全批次内按平均分的名次。")
  @GetMapping("/api/v1/organisations/projects")
  PageResult<ProjectApplication> list(
      @Parameter(description = "申报批次") @RequestParam(required = false) Long callId,
      @Parameter(description = "状态 SUBMITTED/APPROVED/REJECTED") @RequestParam(required = false)
          String status,
      @Parameter(description = "单位或项目名称") @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir) {
    StaffUser user = access.require(READERS);
    PageQuery query = PageQuery.of(page, size, sort, dir, SpecialFundProjects.SORTS, "rank");
    if (isStaff(user)) {
      return projects.page(scope.current(), callId, null, status, q, query);
    }
    Organisation own = access.own(user);
    return projects.page(RegionFilter.all(), callId, own.id(), status, q, query);
  }

  @Operation(
      summary = "项目申报详情",
      responses = {
        @ApiResponse(responseCode = "200", description = "申报、评分（仅工作人员）与评估"),
        @ApiResponse(responseCode = "404", description = "不存在、不在本辖区或非本组织的申报")
      })
  @GetMapping("/api/v1/organisations/projects/{id}")
  Detail detail(@PathVariable long id) {
    StaffUser user = access.require(READERS);
    ProjectApplication a =
        projects.find(id).orElseThrow(() -> new RecordNotFoundException("project application"));
    boolean staff = isStaff(user);
    if (staff) {
      scope.requireInScope(a.regionCode());
    } else if (access.own(user).id() != a.organisationId()) {
      throw new RecordNotFoundException("project application");
    }
    audit.record(
        AuditEvent.success("organisations.project.read", "project_application", "" + id, "api"));
    return new Detail(a, staff ? projects.scores(id) : List.of(), projects.evaluations(id));
  }

  @Operation(
      summary = "社会组织申报项目",
      description = "社会组织账号为本组织申报；每批次限一个项目；须正常状态、未列入信用名录、已报送应报年度报告。",
      responses = {
        @ApiResponse(responseCode = "201", description = "已申报"),
        @ApiResponse(
            responseCode = "400",
            description = "参数错误或不符合申报条件，errors 列出字段",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
      })
  @PostMapping("/api/v1/organisations/projects")
  ResponseEntity<Created> apply(@RequestBody(required = false) @Nullable ApplicationRequest body) {
    StaffUser user = access.require(OrganisationAccess.ACCOUNT);
    Organisation own = access.own(user);
    if (body == null || body.callId() == null) {
      throw new InvalidInput("callId", "申报批次：不能为空");
    }
    ProjectCategory category =
        body.category() == null
            ? null
            : ApplicationPages.enumOf(
                ProjectCategory.class, body.category(), "category", "资助领域：取值无效");
    long id =
        projects.apply(
            body.callId(),
            own,
            new Proposal(
                body.title() == null ? "" : body.title(),
                category,
                body.requested(),
                body.summary() == null ? "" : body.summary()),
            ChinaTime.today(),
            user.username());
    return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
  }

  @Operation(
      summary = "专家评分",
      description = "区县审批人、市级管理员为本辖区的待评审项目评分（0–100），每人每项目一次。",
      responses = {
        @ApiResponse(responseCode = "204", description = "已评分"),
        @ApiResponse(
            responseCode = "400",
            description = "分数无效或已评过分",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
      })
  @PostMapping("/api/v1/organisations/projects/{id}/scores")
  ResponseEntity<Void> score(
      @PathVariable long id, @RequestBody(required = false) @Nullable ScoreRequest body) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    ProjectApplication a =
        projects.find(id).orElseThrow(() -> new RecordNotFoundException("project application"));
    scope.requireInScope(a.regionCode());
    projects.score(
        id,
        user.username(),
        body == null ? null : body.score(),
        body == null ? null : body.remarks(),
        ChinaTime.today());
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "登记单位收款账户",
      description =
          "社会组织账号登记本单位对公账户（户名为本单位名称），立项资金拨付至该账户，发放名册列明单位名称和统一社会信用代码；备案社区社会组织无信用代码，资金拨付至负责人。",
      responses = {
        @ApiResponse(responseCode = "204", description = "已登记，原账户停用"),
        @ApiResponse(
            responseCode = "400",
            description = "开户银行或账号无效，errors 列出字段",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
      })
  @PostMapping("/api/v1/organisations/mine/payee-account")
  ResponseEntity<Void> payeeAccount(@RequestBody(required = false) @Nullable AccountRequest body) {
    StaffUser user = access.require(OrganisationAccess.ACCOUNT);
    payees.registerAccount(
        access.own(user),
        body == null ? null : body.bankName(),
        body == null ? null : body.accountNumber());
    return ResponseEntity.noContent().build();
  }

  private static boolean isStaff(StaffUser user) {
    return user.roles().stream().anyMatch(OrganisationAccess.READ::contains);
  }
}
