package cn.minzheng.placenames.web;

import cn.minzheng.placenames.naming.Gazetteer;
import cn.minzheng.placenames.naming.NamingApplications;
import cn.minzheng.placenames.naming.NamingApplications.Application;
import cn.minzheng.placenames.naming.NamingApplications.Submission;
import cn.minzheng.placenames.naming.Pinyin;
import cn.minzheng.placenames.naming.PlaceCategory;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Naming applications and the gazetteer over the API: submit (street, district, city), approve
 * (district approver, city), read (any staff, scoped); the pinyin proposal of a name.
 */
@RestController
@RequestMapping("/api/v1/placenames")
class NamingApi {

  private final NamingApplications applications;
  private final Gazetteer gazetteer;
  private final DataScope scope;
  private final PlacenamesRoles roles;

  NamingApi(
      NamingApplications applications,
      Gazetteer gazetteer,
      DataScope scope,
      PlacenamesRoles roles) {
    this.applications = applications;
    this.gazetteer = gazetteer;
    this.scope = scope;
    this.roles = roles;
  }

  /** One page of the applications in scope, newest first, filtered as the staff list is. */
  @Operation(summary = "分页查询地名命名更名申请")
  @GetMapping("/applications")
  PageResult<Application> list(
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    roles.requireStaff();
    PlaceCategory cat =
        java.util.Arrays.stream(PlaceCategory.values())
            .filter(c -> c.name().equals(category))
            .findFirst()
            .orElse(null);
    return applications.page(
        NamingPages.STATUSES.containsKey(status) ? status : null,
        cat,
        name,
        PageQuery.of(page, size, "id", "desc", NamingApplications.SORTS, "id"));
  }

  @Operation(summary = "读取地名申请")
  @GetMapping("/applications/{id}")
  Application one(@PathVariable long id) {
    roles.requireStaff();
    return applications.find(id);
  }

  @Operation(summary = "提交地名命名更名申请")
  @PostMapping("/applications")
  @ResponseStatus(HttpStatus.CREATED)
  Application submit(@RequestBody(required = false) @Nullable Submission submission) {
    StaffUser user = roles.requireApplicant();
    if (submission == null) {
      throw new InvalidInput("name", "请填写申请内容");
    }
    return applications.find(applications.submit(submission, user));
  }

  @Operation(summary = "批准地名申请并登记入地名录")
  @PostMapping("/applications/{id}/approve")
  Gazetteer.Entry approve(
      @PathVariable long id, @RequestBody(required = false) @Nullable Map<String, String> body) {
    StaffUser user = roles.requireApprover();
    LocalDate on =
        NamingPages.day("decidedOn", "批准日期", body == null ? null : body.get("decidedOn"));
    return gazetteer.find(applications.approve(id, on, user)).orElseThrow();
  }

  @Operation(summary = "不予批准地名申请")
  @PostMapping("/applications/{id}/refuse")
  Application refuse(
      @PathVariable long id, @RequestBody(required = false) @Nullable Map<String, String> body) {
    StaffUser user = roles.requireApprover();
    applications.refuse(id, body == null ? null : body.get("reason"), user);
    return applications.find(id);
  }

  @Operation(summary = "读取地名申请的征求意见")
  @GetMapping("/applications/{id}/comments")
  List<NamingApplications.Comment> comments(@PathVariable long id) {
    roles.requireStaff();
    return applications.comments(id);
  }

  @Operation(summary = "读取地名申请的专家论证")
  @GetMapping("/applications/{id}/reviews")
  List<NamingApplications.Review> reviews(@PathVariable long id) {
    roles.requireStaff();
    applications.find(id);
    return applications.reviews(id);
  }

  /** One expert's review: {@code {"expert": "…", "score": 0–100, "opinion": "…"}}. */
  @Operation(summary = "登记专家论证意见")
  @PostMapping("/applications/{id}/reviews")
  List<NamingApplications.Review> review(
      @PathVariable long id, @RequestBody(required = false) @Nullable Map<String, Object> body) {
    StaffUser user = roles.requireApplicant();
    Map<String, Object> b = body == null ? Map.of() : body;
    Integer score;
    Object raw = b.get("score");
    if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      score = n.intValue();
    } else if (raw == null) {
      score = null;
    } else {
      throw new InvalidInput("score", "评分须为0至100的整数");
    }
    applications.review(
        id,
        b.get("expert") instanceof String e ? e : null,
        score,
        b.get("opinion") instanceof String o ? o : null,
        user);
    return applications.reviews(id);
  }

  /** The 综合评估 of a significant application; 404 while none is recorded. */
  @Operation(summary = "读取地名申请的综合评估")
  @GetMapping("/applications/{id}/assessment")
  NamingApplications.Assessment assessment(@PathVariable long id) {
    roles.requireStaff();
    applications.find(id);
    return applications.assessment(id).orElseThrow(() -> new RecordNotFoundException("assessment"));
  }

  /**
   * Records the 综合评估: {@code legality, feasibility, controllability, impactRisks, measures,
   * conclusion} (FEASIBLE or INFEASIBLE) and optional {@code assessedOn} (YYYY-MM-DD, today when
   * absent). A feasible conclusion opens the public consultation.
   */
  @Operation(summary = "登记地名申请的综合评估")
  @PostMapping("/applications/{id}/assessment")
  NamingApplications.Assessment assess(
      @PathVariable long id, @RequestBody(required = false) @Nullable Map<String, String> body) {
    StaffUser user = roles.requireApprover();
    Map<String, String> b = body == null ? Map.of() : body;
    applications.assess(
        id,
        new NamingApplications.AssessmentInput(
            b.get("legality"),
            b.get("feasibility"),
            b.get("controllability"),
            b.get("impactRisks"),
            b.get("measures"),
            b.get("conclusion")),
        NamingPages.day("assessedOn", "评估日期", b.get("assessedOn")),
        user);
    return applications.assessment(id).orElseThrow();
  }

  @Operation(summary = "生成地名的汉语拼音")
  @GetMapping("/pinyin")
  Map<String, String> pinyin(@RequestParam(required = false) @Nullable String name) {
    roles.requireStaff();
    String spelling = name == null ? "" : Pinyin.of(name);
    return Map.of("name", name == null ? "" : name, "pinyin", spelling);
  }

  @Operation(summary = "检索标准地名录")
  @GetMapping("/gazetteer")
  List<Gazetteer.Entry> search(@RequestParam(defaultValue = "") String q) {
    roles.requireStaff();
    return gazetteer.search(q, scope.current(), 200);
  }

  @Operation(summary = "读取标准地名及其沿革")
  @GetMapping("/gazetteer/{id}")
  Map<String, Object> place(@PathVariable long id) {
    roles.requireStaff();
    Gazetteer.Entry entry =
        gazetteer.find(id).orElseThrow(() -> new RecordNotFoundException("place"));
    scope.requireInScope(entry.regionCode());
    return Map.of("place", entry, "earlierNames", gazetteer.history(id));
  }
}
