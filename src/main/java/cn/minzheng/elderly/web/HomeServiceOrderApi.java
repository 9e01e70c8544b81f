package cn.minzheng.elderly.web;

import cn.minzheng.elderly.homeservice.HomeServiceItem;
import cn.minzheng.elderly.homeservice.HomeServiceOrders;
import cn.minzheng.elderly.homeservice.HomeServiceQueries;
import cn.minzheng.elderly.homeservice.HomeServiceQueries.Order;
import cn.minzheng.elderly.homeservice.HomeServiceRejected;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.IdempotentRequests;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * 居家上门服务 orders as the staff page places them (派单): list and read in the caller's region, place one
 * with an {@code Idempotency-Key}, so that a retried request never sends a second worker.
 */
@RestController
class HomeServiceOrderApi {

  static final String BASE = "/api/v1/elderly/home-services/orders";
  private static final Set<String> STATUSES = Set.of("ORDERED", "DONE", "CANCELLED");

  private final HomeServiceOrders orders;
  private final HomeServiceQueries queries;
  private final PersonDirectory persons;
  private final DataScope scope;
  private final ElderlyAccess access;
  private final IdempotentRequests keys;
  private final JsonMapper json;

  HomeServiceOrderApi(
      HomeServiceOrders orders,
      HomeServiceQueries queries,
      PersonDirectory persons,
      DataScope scope,
      ElderlyAccess access,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      JsonMapper json) {
    this.orders = orders;
    this.queries = queries;
    this.persons = persons;
    this.scope = scope;
    this.access = access;
    this.keys = new IdempotentRequests(jdbc, transactions, "elderly.idempotency_key");
    this.json = json;
  }

  @Schema(description = "派单：为已纳入的服务对象安排一次上门服务")
  record NewOrder(
      @Schema(description = "服务对象（老人）的人员编号") @Nullable Long personId,
      @Schema(description = "服务组织编号（老人所在区（市）县的在用组织）") @Nullable Long providerId,
      @Schema(description = "服务项目") @Nullable HomeServiceItem item,
      @Schema(description = "服务日期（今天至一年之内）") @Nullable LocalDate scheduledOn) {}

  @Operation(
      summary = "居家上门服务工单列表",
      description = "本辖区内的工单，按服务日期排序；status 可选 ORDERED 待服务、DONE 已服务、CANCELLED 已取消。分页从 1 开始。")
  @GetMapping(BASE)
  PageResult<Order> list(
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    access.require(ElderlyMenu.STAFF);
    if (status != null && !STATUSES.contains(status)) {
      throw new InvalidInput("status", "工单状态：应为 ORDERED、DONE 或 CANCELLED");
    }
    return queries.orders(
        scope.current(), status, PageQuery.of(page, size, "id", "asc", Set.of("id"), "id"));
  }

  @Operation(summary = "读取一张居家上门服务工单", description = "辖区外或不存在的工单答 404。")
  @GetMapping(BASE + "/{id}")
  Order one(@PathVariable long id) {
    access.require(ElderlyMenu.STAFF);
    Order order = queries.order(id).orElseThrow(() -> new RecordNotFoundException("order"));
    scope.requireInScope(order.regionCode());
    return order;
  }

  @Operation(
      summary = "派单（需 Idempotency-Key）",
      description =
          "与页面的派单相同的规则：老人须为服务对象，服务组织须在用且属老人所在区（市）县。同一 Idempotency-Key 再次提交时返回第一次的工单，不会重复派单。")
  @PostMapping(BASE)
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(responseCode = "201", description = "已派单（重试时为第一次的工单）")
  @ApiResponse(responseCode = "404", description = "人员不存在或不在本辖区")
  ResponseEntity<Order> place(
      @Parameter(description = "幂等键（1至200个字符），重试时保持不变")
          @RequestHeader(name = "Idempotency-Key", required = false)
          @Nullable String key,
      @RequestBody NewOrder body) {
    StaffUser user = access.require(ElderlyMenu.STAFF);
    if (body.personId() == null) {
      throw new InvalidInput("personId", "服务对象：请填写人员编号");
    }
    if (body.providerId() == null) {
      throw new InvalidInput("providerId", "服务组织：请选择");
    }
    PersonSummary person =
        persons.find(body.personId()).orElseThrow(() -> new RecordNotFoundException("person"));
    scope.requireInScope(person.residenceRegionCode());
    String operation =
        "order:"
            + person.id()
            + ":"
            + body.providerId()
            + ":"
            + body.item()
            + ":"
            + body.scheduledOn();
    IdempotentRequests.Answer answer =
        keys.once(
            "staff:" + user.username(),
            key,
            operation,
            () -> {
              long id;
              try {
                id =
                    orders.order(
                        person.id(),
                        body.providerId(),
                        body.item(),
                        body.scheduledOn(),
                        false,
                        user.username());
              } catch (HomeServiceRejected e) {
                throw refused(e);
              }
              return new IdempotentRequests.Answer(
                  201, json.writeValueAsString(queries.order(id).orElseThrow()));
            });
    Order placed = json.readValue(answer.body(), Order.class);
    return ResponseEntity.status(answer.status())
        .location(URI.create(BASE + "/" + placed.id()))
        .body(placed);
  }

  /** "服务日期：须在…" names its field; a rule without one (not enrolled) is about the person. */
  private static ProblemException refused(HomeServiceRejected e) {
    String message = e.getMessage();
    String field =
        message.startsWith("服务日期")
            ? "scheduledOn"
            : message.startsWith("服务项目")
                ? "item"
                : message.startsWith("服务组织") ? "providerId" : "personId";
    return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "不能派单", message, field, null);
  }
}
