package cn.minzheng.monitoring.visits;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffDirectory;
import cn.minzheng.platform.StaffUser;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 批量分派: open visit tasks handed to one worker at once, all or none, in one transaction. Every task
 * must lie in the caller's scope (one that does not is not found, and nothing is assigned) and be
 * open; the worker must be an enabled community or street worker whose own region covers every task
 * (a community worker cannot visit another community).
 */
@Service
public class VisitAssignments {

  /** Who can be sent to visit. */
  public static final Set<Role> WORKER_ROLES =
      EnumSet.of(Role.COMMUNITY_WORKER, Role.STREET_CASEWORKER);

  /** More than a page of the list shows at its largest (100), fewer than would hold locks long. */
  public static final int MAX_TASKS = 500;

  private final JdbcClient jdbc;
  private final StaffDirectory staff;
  private final RegionHierarchy regions;
  private final AuditLog audit;

  VisitAssignments(JdbcClient jdbc, StaffDirectory staff, RegionHierarchy regions, AuditLog audit) {
    this.jdbc = jdbc;
    this.staff = staff;
    this.regions = regions;
    this.audit = audit;
  }

  /** The workers the caller may pick: enabled community and street workers of the scope. */
  public List<StaffUser> workers(RegionFilter scope) {
    return staff.enabledWithin(scope, WORKER_ROLES);
  }

  /** What a batch did: how many tasks went to which worker (username and name). */
  public record Assigned(int tasks, String worker, String workerName) {}

  /**
   * Assigns the tasks to the worker and answers how many were assigned (tasks already assigned to
   * someone else are handed over).
   *
   * @throws InvalidInput no task chosen, too many, or no such worker (field {@code selected} or
   *     {@code worker})
   * @throws RecordNotFoundException a task that does not exist or lies outside {@code scope}
   * @throws ProblemException 422 when a task is already visited or outside the worker's region
   */
  @Transactional
  public Assigned assign(Collection<Long> taskIds, String worker, RegionFilter scope, String by) {
    Set<Long> ids = new TreeSet<>(taskIds);
    if (ids.isEmpty()) {
      throw new InvalidInput("selected", "请至少选择一条巡访任务");
    }
    if (ids.size() > MAX_TASKS) {
      throw new InvalidInput("selected", "一次最多分派 " + MAX_TASKS + " 条巡访任务");
    }
    StaffUser assignee =
        staff
            .findEnabled(worker == null ? "" : worker)
            .filter(u -> u.roles().stream().anyMatch(WORKER_ROLES::contains))
            .filter(u -> scope.permits(u.regionCode()))
            .orElseThrow(() -> new InvalidInput("worker", "请选择辖区内的社区或街道工作人员"));
    // locked in id order, so that two batches over the same tasks cannot deadlock
    List<Task> tasks =
        jdbc.sql(
                """
                select id, region_code, state from monitoring.visit_task
                 where id = any(?) order by id for update""")
            .param(ids.toArray(Long[]::new))
            .query((rs, n) -> new Task(rs.getLong(1), rs.getString(2), rs.getString(3)))
            .list();
    if (tasks.size() != ids.size()
        || tasks.stream().anyMatch(t -> !scope.permits(t.regionCode()))) {
      throw new RecordNotFoundException("visit task not found");
    }
    if (tasks.stream().anyMatch(t -> !"OPEN".equals(t.state()))) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "任务已完成",
          "所选任务中有已完成走访的，请刷新列表后重新选择",
          "selected",
          "visit-task-done");
    }
    Set<String> workerRegion = regions.subtreeOf(assignee.regionCode());
    if (tasks.stream().anyMatch(t -> !workerRegion.contains(t.regionCode()))) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "不在辖区",
          "所选任务中有不在" + assignee.displayName() + "辖区内的，请只选择其所在社区（街道）的任务",
          "worker",
          "visit-task-outside-worker-region");
    }
    int assigned =
        jdbc.sql(
                """
                update monitoring.visit_task
                   set assignee = ?, assigned_at = now(), assigned_by = ?
                 where id = any(?)""")
            .params(assignee.username(), by, ids.toArray(Long[]::new))
            .update();
    audit.record(
        AuditEvent.success(
            "monitoring.visit.assign",
            "visit_task",
            null,
            assigned + " tasks to " + assignee.username() + ": " + ids));
    return new Assigned(assigned, assignee.username(), assignee.displayName());
  }

  private record Task(long id, String regionCode, String state) {}
}
