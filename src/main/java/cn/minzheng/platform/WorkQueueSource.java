package cn.minzheng.platform;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A module's contribution to the 待办 (work queue) home page: counts of pending items in the current
 * user's scope, oldest first, overdue marked.
 */
@NamedInterface("shell")
public interface WorkQueueSource {

  List<WorkQueueEntry> pendingFor(StaffUser user);

  /**
   * One card of the work queue. {@code oldest}: when the longest-waiting item arrived (null when
   * the source does not know); the home page shows the longest-waiting work first.
   */
  record WorkQueueEntry(
      String kind, String label, long count, long overdue, String link, Instant oldest) {

    public WorkQueueEntry(String kind, String label, long count, long overdue, String link) {
      this(kind, label, count, overdue, link, null);
    }
  }
}
