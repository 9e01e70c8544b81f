package cn.minzheng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource.WorkQueueEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkQueueOrderTest {

  @Test
  void putsOverdueWorkFirst() {
    List<WorkQueueEntry> entries =
        new ArrayList<>(
            List.of(
                new WorkQueueEntry("a", "新申请", 40, 0, "/a"),
                new WorkQueueEntry("b", "待复核", 3, 2, "/b"),
                new WorkQueueEntry("c", "待审批", 5, 5, "/c")));

    entries.sort(HomeController.URGENCY);

    assertThat(entries).extracting(WorkQueueEntry::kind).containsExactly("c", "b", "a");
  }

  @Test
  void showsTheLongestWaitingWorkFirstAmongWorkThatIsNotOverdue() {
    java.time.Instant now = java.time.Instant.parse("2026-11-29T08:00:00Z");
    List<WorkQueueEntry> entries =
        new ArrayList<>(
            List.of(
                new WorkQueueEntry("new", "新申请", 40, 0, "/a", now.minusSeconds(3600)),
                new WorkQueueEntry("old", "待复核", 3, 0, "/b", now.minusSeconds(86_400 * 9)),
                new WorkQueueEntry("late", "待审批", 1, 1, "/c", now.minusSeconds(60)),
                new WorkQueueEntry("unknown", "待办", 2, 0, "/d")));

    entries.sort(HomeController.URGENCY);

    assertThat(entries)
        .extracting(WorkQueueEntry::kind)
        .containsExactly("late", "old", "new", "unknown");
  }

  @Test
  void menuItemWithoutRolesIsForEveryone() {
    StaffUser worker = new StaffUser(1, "w", "工作者", "510104001001", Set.of(Role.COMMUNITY_WORKER));
    assertThat(StaffMenu.permits(new MenuItem("g", 0, "l", "/", 0, Set.of()), worker)).isTrue();
    assertThat(StaffMenu.permits(new MenuItem("g", 0, "l", "/", 0, Set.of(Role.AUDITOR)), worker))
        .isFalse();
  }
}
