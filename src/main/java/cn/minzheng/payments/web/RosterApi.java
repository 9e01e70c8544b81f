package cn.minzheng.payments.web;

import cn.minzheng.payments.Programme;
import cn.minzheng.payments.domain.BankFileExport;
import cn.minzheng.payments.domain.IdempotencyKeys;
import cn.minzheng.payments.domain.LineException;
import cn.minzheng.payments.domain.RosterApproval;
import cn.minzheng.payments.domain.RosterDrafting;
import cn.minzheng.payments.domain.RosterExceptions;
import cn.minzheng.payments.domain.RosterFilter;
import cn.minzheng.payments.domain.RosterLine;
import cn.minzheng.payments.domain.RosterState;
import cn.minzheng.payments.domain.RosterSummary;
import cn.minzheng.payments.domain.Rosters;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rosters API. POSTs that draft or approve need an {@code Idempotency-Key}: the same key answers
 * the stored response and has no second effect. Out-of-scope rosters are 404 everywhere.
 */
@RestController
@RequestMapping("/api/v1/payments/rosters")
@Tag(name = "资金发放", description = "发放名册：生成、异常核查、审核、银行代发文件")
class RosterApi {

  private final Rosters rosters;
  private final RosterExceptions exceptions;
  private final RosterDrafting drafting;
  private final RosterApproval approval;
  private final BankFileExport export;
  private final IdempotencyKeys keys;
  private final PaymentsAccess access;
  private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

  RosterApi(
      Rosters rosters,
      RosterDrafting drafting,
      RosterApproval approval,
      BankFileExport export,
      IdempotencyKeys keys,
      PaymentsAccess access,
      RosterExceptions exceptions) {
    this.exceptions = exceptions;
    this.rosters = rosters;
    this.drafting = drafting;
    this.approval = approval;
    this.export = export;
    this.keys = keys;
    this.access = access;
  }

  record DraftRequest(
      @NotNull(message = "发放项目不能为空") Programme programme,
      @NotNull(message = "发放月份不能为空")
          @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])", message = "发放月份格式应为 yyyy-MM")
          String month) {}

  @GetMapping
  @Operation(summary = "发放名册列表", description = "本级范围内的名册，可按项目、月份、区县、状态筛选。")
  PageResult<RosterSummary> list(
      @RequestParam(required = false) Programme programme,
      @RequestParam(required = false) YearMonth month,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) RosterState state,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.requireRosterRole();
    return rosters.search(
        new RosterFilter(programme, month, district, state),
        PageQuery.of(page, size, "month", "desc", Rosters.SORTS, "month"));
  }

  @GetMapping("/{id}")
  @Operation(summary = "名册", description = "范围外的名册答 404。")
  RosterSummary get(@PathVariable long id) {
    access.requireRosterRole();
    return rosters.get(id);
  }

  @GetMapping("/{id}/lines")
  @Operation(
      summary = "名册明细",
      description =
          "每笔明细带姓名（脱敏）、账号（脱敏）、上月金额与异常（NO_ACCOUNT 无收款账户、INVALID_ACCOUNT"
              + " 账号校验不通过、DECEASED 已故、AMOUNT_CHANGED 金额较上月变化、NEW 本月新增）；"
              + "exception= 只列该异常。无有效账户的明细不进入代发文件（held=true）。")
  PageResult<RosterLine> lines(
      @PathVariable long id,
      @RequestParam(required = false) LineException exception,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.requireRosterRole();
    return rosters.lines(id, exception, PageQuery.of(page, size, "id", "asc", Rosters.SORTS, "id"));
  }

  @GetMapping("/{id}/exceptions")
  @Operation(summary = "名册异常汇总", description = "各类异常的笔数、暂缓笔数与金额、上月发放本月未列入的人数及名单（前 200 人）。")
  RosterExceptions.Summary exceptions(@PathVariable long id) {
    access.requireRosterRole();
    return exceptions.of(id);
  }

  @PostMapping
  @Operation(summary = "生成名册草稿", description = "按项目与月份生成本级各区县的名册草稿；需 Idempotency-Key。")
  ResponseEntity<String> draft(
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @Valid @RequestBody DraftRequest request,
      Errors binding) {
    StaffUser user = access.requireRosterRole();
    InvalidInput.rejectIfAny(binding);
    YearMonth month;
    try {
      month = PlausibleDate.parseMonth(request.month(), PlausibleDate.Span.ANY, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      throw new InvalidInput("month", "发放月份：" + e.getMessage());
    }
    return answer(
        keys.once(
            user.username(),
            key,
            "draft:" + request.programme() + ":" + month,
            () -> {
              int drafts = drafting.draft(request.programme(), month, user);
              return new IdempotencyKeys.Answer(
                  201,
                  write(
                      Map.of(
                          "programme",
                          request.programme(),
                          "month",
                          "" + month,
                          "drafts",
                          drafts)));
            }));
  }

  @PostMapping("/{id}/approve")
  @Operation(summary = "审核名册", description = "审核人不得为制单人；需 Idempotency-Key，同一键重放原答复。")
  ResponseEntity<String> approve(
      @PathVariable long id,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    StaffUser user = access.requireRosterRole();
    approval.requireApprovable(id, user);
    return answer(
        keys.once(
            user.username(),
            key,
            "approve:" + id,
            () -> new IdempotencyKeys.Answer(200, write(approval.approve(id, user)))));
  }

  @GetMapping("/{id}/export")
  @Operation(summary = "银行代发文件", description = "含完整账号，审计；无有效账户的明细不在其中。")
  void export(
      @PathVariable long id,
      @RequestParam(defaultValue = "csv") String format,
      HttpServletResponse response)
      throws IOException {
    BankFileDownload.write(export, access.requireRosterRole(), id, format, response);
  }

  private String write(Object body) {
    return json.writeValueAsString(body);
  }

  private static ResponseEntity<String> answer(IdempotencyKeys.Answer answer) {
    return ResponseEntity.status(answer.status())
        .contentType(MediaType.APPLICATION_JSON)
        .body(answer.body());
  }
}
