package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.offices.PeakDays;
import cn.minzheng.marriage.domain.replanning.DayRegeneration;
import cn.minzheng.marriage.domain.replanning.DayRegeneration.Outcome;
import cn.minzheng.marriage.domain.replanning.DayRegeneration.StaleDay;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.shared.ChinaTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registration calendar's re-planning as on {@link CalendarAdminPage}: the peak days whose
 * slots were made before they were marked, and the re-planning of a day (the calendar's
 * administrators).
 */
@RestController
class CalendarAdminApi {

  private final AdminAccess admins;
  private final PeakDays peakDays;
  private final DayRegeneration regeneration;

  CalendarAdminApi(AdminAccess admins, PeakDays peakDays, DayRegeneration regeneration) {
    this.admins = admins;
    this.peakDays = peakDays;
    this.regeneration = regeneration;
  }

  @Operation(summary = "未按高峰日规则生成时段的高峰日", description = "一年内的高峰日中，已生成而仍按原规则开放的时段数和已预约人次。")
  @GetMapping("/api/v1/marriage/admin/calendar/stale-days")
  List<StaleDay> staleDays() {
    admins.require();
    LocalDate today = ChinaTime.today();
    return regeneration.staleAmong(
        peakDays.inYears(today.getYear(), today.getYear() + 1).tailMap(today).keySet());
  }

  @Operation(
      summary = "按当日规则重新生成某日各登记处的时段",
      description = "未被预约的时段删除后按规则重新生成；已预约的保留原时段和名额，不取消、不改期。只能是明天及以后的日期。")
  @PostMapping("/api/v1/marriage/admin/calendar/regenerate")
  Outcome regenerate(
      @Parameter(description = "日期（yyyy-MM-dd）")
          @RequestParam
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate day) {
    admins.require();
    try {
      return regeneration.regenerate(day, null);
    } catch (BookingRejectedException e) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT, "不能重新生成", e.getMessage(), e.field(), null);
    }
  }
}
