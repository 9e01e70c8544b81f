package cn.minzheng.placenames.web;

import cn.minzheng.placenames.building.BuildingFilings;
import cn.minzheng.placenames.building.BuildingFilings.BuildingName;
import cn.minzheng.placenames.building.BuildingFilings.Filer;
import cn.minzheng.placenames.building.BuildingFilings.Filing;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.ServiceAccountAuthentication;
import cn.minzheng.platform.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 住宅区、楼宇名称备案 over the API: staff list, read, file for a developer (applicant roles) and give the
 * bureau's opinion (approvers), scoped; the housing department's system files and reads back its
 * own filings with a service account holding {@code placenames:building-filing}.
 */
@RestController
@Tag(name = "地名 · 楼宇名称备案")
class BuildingFilingApi {

  static final String SCOPE = "placenames:building-filing";

  private final BuildingFilings filings;
  private final PlacenamesRoles roles;

  BuildingFilingApi(BuildingFilings filings, PlacenamesRoles roles) {
    this.filings = filings;
    this.roles = roles;
  }

  @Operation(summary = "备案列表（辖区内，分页，按状态和名称筛选）")
  @GetMapping("/api/v1/placenames/building-filings")
  PageResult<BuildingName> list(
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    roles.requireStaff();
    return filings.page(
        BuildingFilingPages.STATUSES.containsKey(status) ? status : null,
        name,
        PageQuery.of(page, size, "id", "desc", BuildingFilings.SORTS, "id"));
  }

  @Operation(summary = "一件备案（辖区外 404）")
  @GetMapping("/api/v1/placenames/building-filings/{id}")
  BuildingName one(@PathVariable long id) {
    roles.requireStaff();
    return filings.find(id);
  }

  @Operation(summary = "工作人员代开发建设单位申报备案")
  @PostMapping("/api/v1/placenames/building-filings")
  @ResponseStatus(HttpStatus.CREATED)
  BuildingName file(@RequestBody(required = false) @Nullable Filing filing) {
    StaffUser user = roles.requireApplicant();
    if (filing == null) {
      throw new InvalidInput("name", "请填写备案内容");
    }
    return filings.find(filings.file(filing, new Filer(user.username(), false)));
  }

  /** The bureau's opinion: {@code {"agreed": true|false, "opinion": "…", "decidedOn": "…"}}. */
  @Operation(summary = "出具民政部门意见（同意则编备案号）")
  @PostMapping("/api/v1/placenames/building-filings/{id}/opinion")
  BuildingName decide(
      @PathVariable long id, @RequestBody(required = false) @Nullable Map<String, Object> body) {
    StaffUser user = roles.requireApprover();
    Map<String, Object> b = body == null ? Map.of() : body;
    if (!(b.get("agreed") instanceof Boolean agreed)) {
      throw new InvalidInput("agreed", "请选择同意或不同意备案");
    }
    filings.decide(
        id,
        agreed,
        b.get("opinion") instanceof String o ? o : null,
        NamingPages.day("decidedOn", "意见日期", b.get("decidedOn") instanceof String d ? d : null),
        user.username());
    return filings.find(id);
  }

  @Operation(summary = "住建部门系统申报备案（服务账号）")
  @PostMapping("/api/v1/placenames/housing/building-filings")
  @ResponseStatus(HttpStatus.CREATED)
  BuildingName fileFromHousing(
      @RequestBody(required = false) @Nullable Filing filing, Authentication auth) {
    ServiceAccountAuthentication account = housingSystem(auth);
    if (filing == null) {
      throw new InvalidInput("name", "请填写备案内容");
    }
    long id = filings.file(filing, new Filer(account.getName(), true));
    return filings.findAnywhere(id).orElseThrow();
  }

  @Operation(summary = "住建部门系统查询本系统申报的备案（服务账号）")
  @GetMapping("/api/v1/placenames/housing/building-filings/{id}")
  BuildingName readFromHousing(@PathVariable long id, Authentication auth) {
    ServiceAccountAuthentication account = housingSystem(auth);
    return filings
        .findAnywhere(id)
        .filter(b -> "HOUSING".equals(b.channel()) && b.submittedBy().equals(account.getName()))
        .orElseThrow(() -> new RecordNotFoundException("filing"));
  }

  private static ServiceAccountAuthentication housingSystem(Authentication auth) {
    if (auth instanceof ServiceAccountAuthentication account && account.hasScope(SCOPE)) {
      return account;
    }
    throw new AccessDeniedException("service accounts with " + SCOPE + " only");
  }
}
