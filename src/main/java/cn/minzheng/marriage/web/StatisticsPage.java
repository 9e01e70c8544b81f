package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.MarriageClock;
import cn.minzheng.marriage.domain.MarriageStatistics;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 婚姻登记统计: the last 12 months of registrations and no-shows, the coming 4 weeks' slot use. */
@Controller
class StatisticsPage {

  private final MarriageStatistics statistics;
  private final CurrentUser currentUser;

  StatisticsPage(MarriageStatistics statistics, CurrentUser currentUser) {
    this.statistics = statistics;
    this.currentUser = currentUser;
  }

  @GetMapping("/marriage/statistics")
  String show(Model model) {
    if (currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(MarriageMenu.CLERK_ROLES::contains))
        .isEmpty()) {
      throw new AccessDeniedException("marriage clerks only");
    }
    LocalDate today = MarriageClock.today();
    LocalDate yearAgo = today.minusMonths(12).withDayOfMonth(1);
    model.addAttribute("registrations", statistics.registrations(yearAgo, today));
    model.addAttribute("noShows", statistics.noShows(yearAgo, today));
    model.addAttribute("slotUse", statistics.slotUse(today, today.plusWeeks(4)));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("婚姻登记"), Breadcrumb.here("统计")));
    return "marriage/statistics";
  }
}
