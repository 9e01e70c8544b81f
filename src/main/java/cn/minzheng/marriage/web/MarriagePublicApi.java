package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.Slot;
import cn.minzheng.marriage.domain.booking.SlotBoard;
import cn.minzheng.marriage.domain.booking.SlotBoard.DayOffer;
import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the portal's booking pages show before sign-in, for the city's app: the active offices and
 * their free slots of the next {@value SlotBoard#DAYS_SHOWN} days. No personal data.
 */
@RestController
class MarriagePublicApi {

  private final Offices offices;
  private final SlotBoard board;

  MarriagePublicApi(Offices offices, SlotBoard board) {
    this.offices = offices;
    this.board = board;
  }

  /** An office as the app shows it; {@code kindLabel} is the Chinese name of its kind. */
  record OfficeView(
      long id,
      String name,
      Office.OfficeKind kind,
      String kindLabel,
      String regionCode,
      String address,
      @Nullable Double latitude,
      @Nullable Double longitude,
      String openingHours) {

    static OfficeView of(Office o) {
      return new OfficeView(
          o.id(),
          o.name(),
          o.kind(),
          o.kind().label(),
          o.regionCode(),
          o.address(),
          o.latitude() == null ? null : o.latitude().doubleValue(),
          o.longitude() == null ? null : o.longitude().doubleValue(),
          o.openingHours());
    }
  }

  /** One day of an office: free seats in all, the peak day's name if it is one, its slots. */
  record DayView(LocalDate day, long free, @Nullable String peakName, List<Slot> slots) {}

  @Operation(summary = "婚姻登记处列表（公开）", description = "可预约的婚姻登记处，含地址、坐标和办公时间。")
  @GetMapping("/api/v1/public/marriage/offices")
  List<OfficeView> offices() {
    return offices.all().stream().filter(Office::active).map(OfficeView::of).toList();
  }

  @Operation(summary = "婚姻登记处的可预约时段（公开）", description = "未来 14 天每天的剩余名额；指定 day 时给出当天各时段。")
  @GetMapping("/api/v1/public/marriage/offices/{id}/days")
  List<DayView> days(
      @PathVariable long id,
      @Parameter(description = "只看这一天（yyyy-MM-dd）")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate day) {
    Office office =
        offices
            .find(id)
            .filter(Office::active)
            .orElseThrow(() -> new RecordNotFoundException("office"));
    return board.days(office.id()).stream()
        .filter(d -> day == null || d.day().equals(day))
        .map(d -> view(office.id(), d, day != null))
        .toList();
  }

  private DayView view(long officeId, DayOffer d, boolean withSlots) {
    return new DayView(
        d.day(),
        d.free(),
        d.peakName().orElse(null),
        withSlots ? board.slots(officeId, d.day()) : List.of());
  }
}
