package cn.minzheng.platform.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import cn.minzheng.platform.WorkQueueSource.WorkQueueEntry;
import cn.minzheng.shared.ChinaTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the 待办 work queue filled by every module's {@link WorkQueueSource}. */
@Controller
class HomeController {

  private static final Logger log = LoggerFactory.getLogger(HomeController.class);

  /** Overdue work first, then the longest-waiting work, then the biggest pile. */
  static final Comparator<WorkQueueEntry> URGENCY =
      Comparator.comparing((WorkQueueEntry e) -> e.overdue() == 0)
          .thenComparing(WorkQueueEntry::oldest, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Comparator.comparingLong(WorkQueueEntry::count).reversed())
          .thenComparing(WorkQueueEntry::label);

  private static final java.time.format.DateTimeFormatter WAITING_SINCE =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ChinaTime.ZONE);

  private final ObjectProvider<WorkQueueSource> sources;
  private final CurrentUser currentUser;

  HomeController(ObjectProvider<WorkQueueSource> sources, CurrentUser currentUser) {
    this.sources = sources;
    this.currentUser = currentUser;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("entries", pendingFor(currentUser.require()));
    model.addAttribute("waitingSince", WAITING_SINCE);
    return "home";
  }

  List<WorkQueueEntry> pendingFor(StaffUser user) {
    List<WorkQueueEntry> entries = new ArrayList<>();
    sources
        .orderedStream()
        .forEach(
            source -> {
              try {
                source.pendingFor(user).stream().filter(e -> e.count() > 0).forEach(entries::add);
              } catch (RuntimeException e) {
                // One failing module must not take the home page down with it.
                log.error("work queue source {} failed", source.getClass().getName(), e);
              }
            });
    entries.sort(URGENCY);
    return entries;
  }
}
