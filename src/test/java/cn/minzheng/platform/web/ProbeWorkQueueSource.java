package cn.minzheng.platform.web;

import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A work queue source for the home page tests. It answers only for the user {@link #USERNAME}, so
 * that every other test sees the queue of the real modules alone.
 */
@Component
class ProbeWorkQueueSource implements WorkQueueSource {

  static final String USERNAME = "work_queue_probe";

  @Override
  public List<WorkQueueEntry> pendingFor(StaffUser user) {
    if (!USERNAME.equals(user.username())) {
      return List.of();
    }
    return List.of(
        new WorkQueueEntry("probe-new", "新申请", 12, 0, "/probe/new"),
        new WorkQueueEntry(
            "probe-late", "待审批", 3, 2, "/probe/late", Instant.parse("2026-03-01T02:00:00Z")),
        new WorkQueueEntry("probe-none", "无待办", 0, 0, "/probe/none"));
  }
}
