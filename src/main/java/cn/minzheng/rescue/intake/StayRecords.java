package cn.minzheng.rescue.intake;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens during a stay: services with their cost, extensions of the 10-day limit with a
 * reason, identity searches and their outcome. Callers have checked the stay's scope.
 */
@Service
public class StayRecords {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  StayRecords(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public record ServiceRecord(
      long id, ServiceKind kind, LocalDate servedOn, BigDecimal cost, String note) {}

  public record Extension(long id, LocalDate until, String reason, String createdBy) {}

  public record SearchTask(
      long id,
      SearchMethod method,
      LocalDate startedOn,
      SearchOutcome outcome,
      LocalDate outcomeOn,
      String outcomeNote) {}

  /**
   * Records a service on a day of the stay; medical treatment and transport carry their cost (a
   * cost on the other services is optional).
   */
  @Transactional
  public long addService(
      IntakeRow stay, String kind, String servedOn, String cost, String note, String by) {
    ServiceKind k = Inputs.choice("kind", "服务项目", ServiceKind.class, kind);
    LocalDate day = Inputs.pastDate("servedOn", "服务日期", servedOn);
    LocalDate end = stay.open() ? ChinaTime.today() : stay.exitedOn();
    if (day.isBefore(stay.admittedOn()) || day.isAfter(end)) {
      throw new InvalidInput("servedOn", "服务日期：须在救助期间（" + stay.admittedOn() + " 至 " + end + "）");
    }
    BigDecimal amount =
        k == ServiceKind.MEDICAL || k == ServiceKind.TRANSPORT || (cost != null && !cost.isBlank())
            ? Inputs.money("cost", "费用", cost)
            : null;
    long id =
        jdbc.sql(
                """
                insert into rescue.service (intake_id, kind, served_on, cost, note, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
            .params(
                stay.id(), k.name(), day, amount, Inputs.optionalText("note", "说明", note, 500), by)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success(
            "rescue.service.add", "rescue_intake", String.valueOf(stay.id()), k.name()));
    return id;
  }

  /**
   * Extends an open stay beyond its current last day, with the reason (实施细则第十五条: 因特殊情况需要延长的，
   * 报上级民政主管部门备案); each extension is kept.
   */
  @Transactional
  public void extend(IntakeRow stay, String until, String reason, String by) {
    if (!stay.open()) {
      throw new InvalidInput("until", "延长至：该人员已离站，不能延长");
    }
    LocalDate day = Inputs.date("until", "延长至", until);
    if (!day.isAfter(stay.lastDay())) {
      throw new InvalidInput("until", "延长至：须晚于当前救助期限 " + stay.lastDay());
    }
    String why = Inputs.text("reason", "延长原因", reason, 500);
    jdbc.sql(
            "insert into rescue.stay_extension (intake_id, until, reason, created_by) values (?, ?, ?, ?)")
        .params(stay.id(), day, why, by)
        .update();
    jdbc.sql("update rescue.intake set extended_until = ? where id = ?")
        .params(day, stay.id())
        .update();
    audit.record(
        AuditEvent.success(
            "rescue.stay.extend", "rescue_intake", String.valueOf(stay.id()), "until " + day));
  }

  @Transactional
  public long startSearch(IntakeRow stay, String method, String startedOn, String by) {
    SearchMethod m = Inputs.choice("method", "寻亲方式", SearchMethod.class, method);
    LocalDate day = Inputs.pastDate("startedOn", "开始日期", startedOn);
    if (day.isBefore(stay.admittedOn())) {
      throw new InvalidInput("startedOn", "开始日期：不能早于入站日期 " + stay.admittedOn());
    }
    long id =
        jdbc.sql(
                """
                insert into rescue.search_task (intake_id, method, started_on, created_by)
                values (?, ?, ?, ?) returning id""")
            .params(stay.id(), m.name(), day, by)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success(
            "rescue.search.start", "rescue_intake", String.valueOf(stay.id()), m.name()));
    return id;
  }

  /** Records the outcome of a search still pending. */
  @Transactional
  public void searchOutcome(
      IntakeRow stay, long taskId, String outcome, String on, String note, String by) {
    SearchOutcome o = Inputs.choice("outcome", "查找结果", SearchOutcome.class, outcome);
    if (o == SearchOutcome.PENDING) {
      throw new InvalidInput("outcome", "查找结果：请选择已查明或未查明");
    }
    LocalDate day = Inputs.pastDate("outcomeOn", "结果日期", on);
    SearchTask task =
        searches(stay.id()).stream()
            .filter(t -> t.id() == taskId)
            .findFirst()
            .orElseThrow(() -> new InvalidInput("taskId", "寻亲任务：不存在"));
    if (task.outcome() != SearchOutcome.PENDING) {
      throw new InvalidInput("outcome", "查找结果：该任务已有结果");
    }
    if (day.isBefore(task.startedOn())) {
      throw new InvalidInput("outcomeOn", "结果日期：不能早于开始日期 " + task.startedOn());
    }
    jdbc.sql(
            """
            update rescue.search_task set outcome = ?, outcome_on = ?, outcome_note = ?
             where id = ? and outcome = 'PENDING'""")
        .params(o.name(), day, Inputs.optionalText("note", "说明", note, 500), taskId)
        .update();
    audit.record(
        AuditEvent.success(
            "rescue.search.outcome", "rescue_intake", String.valueOf(stay.id()), o.name()));
  }

  public List<ServiceRecord> services(long intakeId) {
    return jdbc.sql(
            "select id, kind, served_on, cost, note from rescue.service where intake_id = ? order by served_on, id")
        .param(intakeId)
        .query(ServiceRecord.class)
        .list();
  }

  public List<Extension> extensions(long intakeId) {
    return jdbc.sql(
            "select id, until, reason, created_by from rescue.stay_extension where intake_id = ? order by id")
        .param(intakeId)
        .query(Extension.class)
        .list();
  }

  public List<SearchTask> searches(long intakeId) {
    return jdbc.sql(
            """
            select id, method, started_on, outcome, outcome_on, outcome_note
              from rescue.search_task where intake_id = ? order by id""")
        .param(intakeId)
        .query(SearchTask.class)
        .list();
  }
}
