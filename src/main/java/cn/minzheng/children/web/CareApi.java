package cn.minzheng.children.web;

import cn.minzheng.children.care.CareCounts;
import cn.minzheng.children.care.CareCounts.Row;
import cn.minzheng.children.care.CareProgramme;
import cn.minzheng.children.care.CareProgramme.Round;
import cn.minzheng.children.care.CareProgramme.School;
import cn.minzheng.children.care.ScreeningFollowUps;
import cn.minzheng.children.care.ScreeningImports;
import cn.minzheng.children.care.ScreeningImports.RowError;
import cn.minzheng.children.care.ScreeningImports.ScreeningImport;
import cn.minzheng.children.care.ScreeningType;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.ChinaTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 关爱行动 for staff systems: the same roles and scope as the pages (a school outside the caller's
 * region answers 404), bad input as RFC 9457 problem details naming the field, pupils' lists
 * audited.
 */
@RestController
@Tag(name = "儿童福利·关爱行动", description = "学校、筛查轮次、学校筛查结果导入、异常随访名单与统计")
class CareApi {

  private final CareProgramme programme;
  private final ScreeningImports imports;
  private final CareUploads uploads;
  private final ScreeningFollowUps followUps;
  private final CareCounts counts;
  private final ChildrenRoles roles;
  private final DataScope scope;
  private final AuditLog audit;

  CareApi(
      CareProgramme programme,
      ScreeningImports imports,
      CareUploads uploads,
      ScreeningFollowUps followUps,
      CareCounts counts,
      ChildrenRoles roles,
      DataScope scope,
      AuditLog audit) {
    this.programme = programme;
    this.imports = imports;
    this.uploads = uploads;
    this.followUps = followUps;
    this.counts = counts;
    this.roles = roles;
    this.scope = scope;
    this.audit = audit;
  }

  @Operation(summary = "筛查轮次（最新在前）")
  @GetMapping("/api/v1/children/care/rounds")
  List<Round> rounds() {
    roles.require(ChildrenRoles.PROTECTION);
    return programme.rounds();
  }

  @Operation(summary = "调用方管辖范围内的学校（分页）")
  @GetMapping("/api/v1/children/care/schools")
  PageResult<School> schools(
      @Parameter(description = "学校名称或代码的一部分") @RequestParam(required = false) @Nullable String q,
      @Parameter(description = "区县区划代码（12位）") @RequestParam(required = false)
          @Nullable String district,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    roles.require(ChildrenRoles.PROTECTION);
    RegionFilter filter = scope.current();
    PageQuery query = PageQuery.of(page, size, null, "asc", Set.of("code"), "code");
    return new PageResult<>(
        programme.schools(filter, q, district, query.size(), query.offset()),
        query,
        programme.countSchools(filter, q, district));
  }

  record ImportAnswer(ScreeningImport batch, boolean repeated, List<RowError> errors) {}

  @Operation(
      summary = "导入一所学校的筛查结果（Excel .xlsx，全有或全无）",
      description =
          "首行表头：身份证号、学籍号、姓名、年级、近视、龋齿、心理健康、脊柱侧弯。任一行有误则不导入任何学生，"
              + "答复中 errors 列出行号、列与原因；同一文件再次上传答复首次导入的批次（repeated=true）。")
  @PostMapping(
      value = "/api/v1/children/care/imports",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportAnswer> upload(
      @Parameter(description = "筛查轮次编号") @RequestParam(required = false) @Nullable Long round,
      @Parameter(description = "学校编号") @RequestParam(required = false) @Nullable Long school,
      @RequestParam(required = false) @Nullable MultipartFile file)
      throws IOException {
    var user = roles.require(ChildrenRoles.PROTECTION_WRITERS);
    ScreeningImports.Result result = uploads.upload(round, school, file, user.username());
    ScreeningImport batch = result.batch();
    return ResponseEntity.status(result.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
        .body(
            new ImportAnswer(
                batch, result.repeated(), imports.errors(batch.id(), CarePages.REPORT_ROWS)));
  }

  @Operation(summary = "导入批次及其错误报告")
  @GetMapping("/api/v1/children/care/imports/{id}")
  ImportAnswer batch(@PathVariable long id) {
    roles.require(ChildrenRoles.PROTECTION);
    ScreeningImport batch =
        imports.find(id).orElseThrow(() -> new RecordNotFoundException("import " + id));
    scope.requireInScope(batch.regionCode());
    audit.record(
        AuditEvent.success(
            "children.care.import.view", "children-screening-import", String.valueOf(id), "API"));
    return new ImportAnswer(batch, false, imports.errors(id, CarePages.REPORT_ROWS));
  }

  @Operation(summary = "筛查异常随访名单（特殊群体儿童在前，分页）")
  @GetMapping("/api/v1/children/care/follow-ups")
  PageResult<ScreeningFollowUps.Line> followUps(
      @Parameter(description = "筛查轮次编号") @RequestParam long round,
      @Parameter(description = "学校编号") @RequestParam(required = false) @Nullable Long school,
      @Parameter(description = "MYOPIA、CARIES、MENTAL、SCOLIOSIS") @RequestParam(required = false)
          @Nullable String type,
      @Parameter(description = "OPEN（待随访，缺省）、OVERDUE、DONE、ALL") @RequestParam(required = false)
          @Nullable String state,
      @RequestParam(required = false, defaultValue = "false") boolean priority,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    roles.require(ChildrenRoles.PROTECTION);
    RegionFilter filter = scope.current();
    PageQuery query = PageQuery.of(page, size, null, "asc", Set.of("due"), "due");
    ScreeningFollowUps.Query q =
        new ScreeningFollowUps.Query(
            round,
            school,
            type == null ? null : ScreeningType.of(type).orElse(null),
            ScreeningFollowUps.Filter.of(state),
            priority,
            filter.unrestricted() ? null : filter.codesArray(),
            ChinaTime.today());
    List<ScreeningFollowUps.Line> items = followUps.list(q, query.size(), query.offset());
    audit.record(
        AuditEvent.success(
            "children.care.follow-up.list",
            "children-screening-pupil",
            null,
            "API " + items.size() + " 条"));
    return new PageResult<>(items, query, followUps.count(q));
  }

  record Counts(List<Row> schools, List<Row> districts, Row total) {}

  @Operation(summary = "一轮筛查的统计：按学校、区县与合计（各筛查项目的筛查与异常人数）")
  @GetMapping("/api/v1/children/care/counts")
  Counts counts(@Parameter(description = "筛查轮次编号") @RequestParam long round) {
    roles.require(ChildrenRoles.PROTECTION);
    programme.round(round).orElseThrow(() -> new RecordNotFoundException("round " + round));
    RegionFilter filter = scope.current();
    List<Row> schools =
        counts.bySchool(
            round, filter.unrestricted() ? null : filter.codesArray(), ChinaTime.today());
    return new Counts(
        schools, CareCounts.byDistrict(schools, java.util.Map.of()), CareCounts.total(schools));
  }
}
