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
  void menuItemWithoutRolesIsForEveryone() {
    StaffUser worker = new StaffUser(1, "w", "工作者", "510104001001", Set.of(Role.COMMUNITY_WORKER));
    assertThat(StaffMenu.permits(new MenuItem("g", 0, "l", "/", 0, Set.of()), worker)).isTrue();
    assertThat(StaffMenu.permits(new MenuItem("g", 0, "l", "/", 0, Set.of(Role.AUDITOR)), worker))
        .isFalse();
  }
}
