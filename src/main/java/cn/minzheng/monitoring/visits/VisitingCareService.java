package cn.minzheng.monitoring.visits;

import cn.minzheng.monitoring.VisitingCare;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link VisitingCare} over the visit tasks and {@link VisitRecords#record}. */
@Service
class VisitingCareService implements VisitingCare {

  private final JdbcClient jdbc;
  private final VisitRecords visits;

  VisitingCareService(JdbcClient jdbc, VisitRecords visits) {
    this.jdbc = jdbc;
    this.visits = visits;
  }

  @Override
  public Optional<OpenTask> openTaskOf(long personId) {
    return jdbc.sql(
            """
            select t.id, t.person_id, t.region_code, coalesce(v.label, t.category), t.due_date
              from monitoring.visit_task t
              left join monitoring.visit_tier v on v.category = t.category
             where t.person_id = ? and t.state = 'OPEN'
             order by t.due_date, t.id limit 1""")
        .param(personId)
        .query(
            (rs, n) ->
                new OpenTask(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class)))
        .optional();
  }

  @Override
  @Transactional
  public long fulfil(Fulfilment fulfilment, String by) {
    // lock the task: two fulfilments of one task cannot both pass
    var task =
        jdbc.sql(
                "select person_id, household_id, region_code from monitoring.visit_task"
                    + " where id = ? and state = 'OPEN' for update")
            .param(fulfilment.taskId())
            .query((rs, n) -> new Object[] {rs.getLong(1), (Long) rs.getObject(2), rs.getString(3)})
            .optional()
            .orElseThrow(() -> new IllegalArgumentException("巡访任务已完成或不存在"));
    if ((long) task[0] != fulfilment.personId()) {
      throw new IllegalArgumentException("巡访任务不属于该人员");
    }
    return visits.record(
        new VisitRecords.Visit(
            fulfilment.personId(),
            (Long) task[1],
            (String) task[2],
            fulfilment.visitedOn(),
            fulfilment.visitor(),
            fulfilment.findings(),
            null,
            null,
            fulfilment.taskId(),
            null),
        by);
  }
}
