package cn.minzheng.platform;

import java.util.List;

/**
 * A module's contribution to the 待办 (work queue) home page: counts of pending items in the current
 * user's scope, oldest first, overdue marked.
 */
public interface WorkQueueSource {

  List<WorkQueueEntry> pendingFor(StaffUser user);

  record WorkQueueEntry(String kind, String label, long count, long overdue, String link) {}
}
