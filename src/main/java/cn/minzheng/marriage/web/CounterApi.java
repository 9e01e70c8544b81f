package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.counter.CounterService;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.shared.ChinaTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The counter's own client (婚姻登记窗口): a day's appointments of an office and check-in, as on {@link
 * CounterPages}; an office or appointment outside the clerk's region answers 404.
 */
@RestController
class CounterApi {

  private final CounterService counter;
  private final CurrentUser currentUser;

  CounterApi(CounterService counter, CurrentUser currentUser) {
    this.counter = counter;
    this.currentUser = currentUser;
  }

  @Operation(summary = "登记处某日的预约（窗口）", description = "身份证号已脱敏；day 缺省为今天。")
  @GetMapping("/api/v1/marriage/counter/offices/{officeId}/appointments")
  List<Appointment> day(
      @PathVariable long officeId,
      @Parameter(description = "日期（yyyy-MM-dd）")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate day) {
    requireClerk();
    return counter.day(officeId, day == null ? ChinaTime.today() : day);
  }

  @Operation(summary = "当事人到场签到（窗口）", description = "只有“已预约”的预约可以签到。")
  @PostMapping("/api/v1/marriage/counter/appointments/{id}/check-in")
  Appointment checkIn(@PathVariable long id) {
    requireClerk();
    try {
      counter.checkIn(id);
    } catch (BookingRejectedException e) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT, "不能签到", e.getMessage(), e.field(), null);
    }
    return counter.appointment(id);
  }

  private void requireClerk() {
    boolean clerk =
        currentUser
            .staff()
            .filter(u -> u.roles().stream().anyMatch(MarriageMenu.CLERK_ROLES::contains))
            .isPresent();
    if (!clerk) {
      throw new AccessDeniedException("marriage clerks only");
    }
  }
}
