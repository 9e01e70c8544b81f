package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.booking.OwnIdNumbers;
import cn.minzheng.platform.IdempotentRequests;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in citizen's own marriage bookings as JSON (the city's app): book, read, cancel,
 * reschedule, exactly as the portal's pages do (the same {@link BookingService}, the same rate
 * limit, the same refusals). A booking of another account answers 404. Booking needs an {@code
 * Idempotency-Key}: a retried request gets the first answer and never takes a second seat.
 */
@RestController
class CitizenBookingApi {

  static final String BASE = "/api/v1/citizen/marriage/bookings";

  private final BookingService bookings;
  private final OwnIdNumbers ownIds;
  private final BookingRateLimiter limiter;
  private final IdempotentRequests keys;
  private final JsonMapper json;

  CitizenBookingApi(
      BookingService bookings,
      OwnIdNumbers ownIds,
      BookingRateLimiter limiter,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      JsonMapper json) {
    this.bookings = bookings;
    this.ownIds = ownIds;
    this.limiter = limiter;
    this.keys = new IdempotentRequests(jdbc, transactions, "marriage.idempotency_key");
    this.json = json;
  }

  @Schema(description = "预约请求：本人为第一方，另一方为对方")
  record BookRequest(
      @Schema(description = "时段编号（见公开的可预约时段）") @Nullable Long slotId,
      @Schema(description = "预约类型：MARRIAGE 结婚登记，DIVORCE 离婚登记") @Nullable AppointmentType type,
      @Schema(description = "本人身份证号；不填时取登录账号的本人身份证号") @Nullable String ownIdNumber,
      @Schema(description = "对方身份证号") @Nullable String partnerIdNumber) {}

  @Schema(description = "改约请求")
  record RescheduleRequest(@Schema(description = "新的时段编号（同一登记处）") @Nullable Long slotId) {}

  @Operation(summary = "我的婚姻登记预约", description = "本人账号所做的预约，身份证号已脱敏。")
  @GetMapping(BASE)
  List<Appointment> mine() {
    return bookings.ofAccount(citizen().accountId());
  }

  @Operation(summary = "读取我的一条婚姻登记预约")
  @GetMapping(BASE + "/{id}")
  Appointment one(@PathVariable long id) {
    return bookings.findOwn(citizen().accountId(), id);
  }

  @Operation(
      summary = "预约婚姻登记（需 Idempotency-Key）",
      description = "同一 Idempotency-Key 再次提交时返回第一次的结果，不会重复占用名额。")
  @PostMapping(BASE)
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<Appointment> book(
      @Parameter(description = "幂等键（1至200个字符），重试时保持不变")
          @RequestHeader(name = "Idempotency-Key", required = false)
          @Nullable String key,
      @RequestBody BookRequest body,
      HttpServletRequest request) {
    Citizen citizen = citizen();
    if (body.slotId() == null) {
      throw new InvalidInput("slotId", "请选择预约时段");
    }
    AppointmentType type = body.type() == null ? AppointmentType.MARRIAGE : body.type();
    String operation =
        "book:"
            + body.slotId()
            + ":"
            + type
            + ":"
            + IdempotentRequests.digest(body.ownIdNumber() + "|" + body.partnerIdNumber());
    IdempotentRequests.Answer answer =
        keys.once(
            "citizen:" + citizen.accountId(),
            key,
            operation,
            () -> {
              rateLimited(citizen, request);
              Appointment booked =
                  refusedAsProblem(
                      () ->
                          bookings.book(
                              BookingRequest.byCitizen(
                                  body.slotId(),
                                  type,
                                  ownNumber(citizen, body.ownIdNumber()),
                                  body.partnerIdNumber(),
                                  citizen.accountId(),
                                  citizen.personId())));
              return new IdempotentRequests.Answer(201, json.writeValueAsString(booked));
            });
    Appointment booked = json.readValue(answer.body(), Appointment.class);
    return ResponseEntity.status(answer.status())
        .header("Location", BASE + "/" + booked.id())
        .body(booked);
  }

  @Operation(summary = "取消我的婚姻登记预约", description = "名额立即释放；已取消或已办结的预约不能取消。")
  @PostMapping(BASE + "/{id}/cancel")
  Appointment cancel(@PathVariable long id, HttpServletRequest request) {
    Citizen citizen = citizen();
    rateLimited(citizen, request);
    refusedAsProblem(
        () -> {
          bookings.cancelByCitizen(citizen.accountId(), id);
          return null;
        });
    return bookings.findOwn(citizen.accountId(), id);
  }

  @Operation(summary = "改约到同一登记处的另一时段", description = "先占新时段的名额，再释放原时段。")
  @PostMapping(BASE + "/{id}/reschedule")
  Appointment reschedule(
      @PathVariable long id, @RequestBody RescheduleRequest body, HttpServletRequest request) {
    Citizen citizen = citizen();
    if (body.slotId() == null) {
      throw new InvalidInput("slotId", "请选择新的预约时段");
    }
    rateLimited(citizen, request);
    return refusedAsProblem(
        () -> bookings.rescheduleByCitizen(citizen.accountId(), id, body.slotId()));
  }

  /** The typed own number, or the account's own when none is typed (as the portal's form). */
  private String ownNumber(Citizen citizen, @Nullable String typed) {
    if (typed != null && !typed.isBlank()) {
      return typed;
    }
    return ownIds.resolve(citizen.personId(), null).value();
  }

  private void rateLimited(Citizen citizen, HttpServletRequest request) {
    if (!limiter.tryAcquire(citizen.accountId(), request.getRemoteAddr())) {
      throw new ProblemException(
          HttpStatus.TOO_MANY_REQUESTS,
          "请求过于频繁",
          "请求过于频繁，请 " + limiter.retryAfterSeconds() + " 秒后再试",
          null,
          "rate-limited");
    }
  }

  /** A rule's refusal is a 422 problem naming the field, as the page shows it next to the field. */
  private static <T> T refusedAsProblem(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (BookingRejectedException e) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT, "预约未受理", e.getMessage(), e.field(), null);
    }
  }

  private static Citizen citizen() {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof CitizenAuthentication auth) {
      return auth.citizen();
    }
    throw new IllegalStateException("no citizen signed in");
  }
}
