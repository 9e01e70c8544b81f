package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.counter.CounterService;
import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.marriage.domain.statistics.BookingUse;
import cn.minzheng.marriage.domain.statistics.MarriageStatistics;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 婚姻登记统计: the last 12 months of registrations and no-shows, the coming 4 weeks' slot use, the peak
 * days of the year around today, and the single slots of one office over a chosen period.
 */
@Controller
class StatisticsPage {

  private final MarriageStatistics statistics;
  private final BookingUse use;
  private final CounterService counter;
  private final CurrentUser currentUser;

  StatisticsPage(
      MarriageStatistics statistics,
      BookingUse use,
      CounterService counter,
      CurrentUser currentUser) {
    this.statistics = statistics;
    this.use = use;
    this.counter = counter;
    this.currentUser = currentUser;
  }

  @GetMapping("/marriage/statistics")
  String show(
      @RequestParam(required = false) Long office,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Model model) {
    requireClerk(currentUser);
    LocalDate today = ChinaTime.today();
    LocalDate yearAgo = today.minusMonths(12).withDayOfMonth(1);
    model.addAttribute("registrations", statistics.registrations(yearAgo, today));
    model.addAttribute("noShows", statistics.noShows(yearAgo, today));
    model.addAttribute("slotUse", statistics.slotUse(today, today.plusWeeks(4)));
    model.addAttribute("peakDays", use.peakDays(yearAgo, today.plusMonths(3)));
    List<Office> offices = counter.myOffices();
    Long selected = office != null ? office : offices.isEmpty() ? null : offices.get(0).id();
    LocalDate start = from != null ? from : today.minusDays(7);
    LocalDate end = to != null && !to.isBefore(start) ? to : start.plusDays(13);
    model.addAttribute("offices", offices);
    model.addAttribute("office", selected);
    model.addAttribute("from", start);
    model.addAttribute("to", end);
    model.addAttribute("slots", selected == null ? List.of() : use.slots(selected, start, end));
    model.addAttribute("maxDays", BookingUse.MAX_DAYS);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("婚姻登记"), Breadcrumb.here("统计")));
    return "marriage/statistics";
  }

  static void requireClerk(CurrentUser currentUser) {
    if (currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(MarriageMenu.CLERK_ROLES::contains))
        .isEmpty()) {
      throw new AccessDeniedException("marriage clerks only");
    }
  }
}
