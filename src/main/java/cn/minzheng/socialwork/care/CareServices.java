package cn.minzheng.socialwork.care;

import cn.minzheng.monitoring.VisitingCare;
import cn.minzheng.monitoring.VisitingCare.Fulfilment;
import cn.minzheng.monitoring.VisitingCare.OpenTask;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.PlausibleDate.Span;
import cn.minzheng.socialwork.FormDate;
import cn.minzheng.socialwork.Rejected;
import cn.minzheng.socialwork.workforce.SocialWorkers;
import cn.minzheng.socialwork.workforce.SocialWorkers.SocialWorker;
import cn.minzheng.socialwork.workforce.Stations.Station;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 社工关爱行动 (百千万工程): services to people in need recorded at a station — who (the worker), for whom,
 * what, when, how long. A visit that fulfils the person's open visiting-care task is recorded once,
 * as monitoring's visit through {@link VisitingCare#fulfil}, and this record keeps that visit's id:
 * the visit closes the task and counts among monitoring's visits, the service counts among the care
 * action's services, and neither module records it a second time.
 */
@Service
public class CareServices {

  public static final java.util.Set<String> SORTS = java.util.Set.of("served_on", "name");

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final SocialWorkers workers;
  private final VisitingCare visitingCare;
  private final AuditLog audit;

  CareServices(
      JdbcClient jdbc,
      PersonDirectory persons,
      SocialWorkers workers,
      VisitingCare visitingCare,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.workers = workers;
    this.visitingCare = visitingCare;
    this.audit = audit;
  }

  public record ServiceForm(
      String idNumber,
      String workerId,
      String serviceType,
      String servedOn,
      String minutes,
      String content,
      boolean fulfilsVisit) {}

  public record ServiceRecord(
      long id,
      long stationId,
      long personId,
      String personName,
      String workerName,
      ServiceType type,
      LocalDate servedOn,
      int minutes,
      String content,
      Long monitoringVisitId) {

    public String typeLabel() {
      return type.label();
    }
  }

  public record StationMonth(String month, long people, long services, long minutes) {}

  /** The open visiting-care task a service to the person would fulfil, if any. */
  public Optional<OpenTask> openTaskOf(long personId) {
    return visitingCare.openTaskOf(personId);
  }

  /**
   * Records a service at {@code station} (already checked to be in the caller's scope). The same
   * form token twice records one service.
   */
  @Transactional
  public long record(
      Station station,
      ServiceForm form,
      UUID formToken,
      java.util.function.Predicate<String> regionPermitted,
      String by) {
    Optional<Long> again =
        jdbc.sql("select id from socialwork.service_record where form_token = ?")
            .param(formToken)
            .query(Long.class)
            .optional();
    if (again.isPresent()) {
      return again.get();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    PersonSummary person = null;
    if (form.idNumber() == null || !IdCardNo.isValid(form.idNumber().strip())) {
      errors.put("idNumber", "服务对象身份证号：格式或校验位不正确");
    } else {
      person = persons.findByIdNumber(IdCardNo.parse(form.idNumber().strip())).orElse(null);
      if (person == null) {
        errors.put("idNumber", "服务对象身份证号：人口库中没有此人");
      } else if (!person.alive()) {
        errors.put("idNumber", "服务对象身份证号：此人已死亡");
      }
    }
    SocialWorker worker = null;
    Long workerId = longOf(form.workerId());
    if (workerId != null) {
      worker =
          workers
              .find(workerId)
              .filter(w -> w.active() && regionPermitted.test(w.regionCode()))
              .orElse(null);
    }
    if (worker == null) {
      errors.put("workerId", "服务社工：请选择在岗的持证社工");
    }
    ServiceType type = null;
    try {
      type = ServiceType.valueOf(form.serviceType() == null ? "" : form.serviceType());
    } catch (IllegalArgumentException e) {
      errors.put("serviceType", "服务类别：请选择");
    }
    LocalDate servedOn = FormDate.read(form.servedOn(), Span.HAPPENED, "servedOn", "服务日期", errors);
    if (servedOn != null && servedOn.isBefore(station.openedOn())) {
      errors.put("servedOn", "服务日期：不能早于建站日期 " + station.openedOn());
    }
    Long minutes = longOf(form.minutes());
    if (minutes == null || minutes < 1 || minutes > 1440) {
      errors.put("minutes", "服务时长：须为 1 至 1440 分钟");
    }
    if (form.content() == null || form.content().isBlank()) {
      errors.put("content", "服务内容：必填");
    }
    Optional<OpenTask> task = Optional.empty();
    if (person != null && form.fulfilsVisit()) {
      task = visitingCare.openTaskOf(person.id());
      if (task.isEmpty()) {
        errors.put("fulfilsVisit", "计入巡访：此人没有待完成的巡访任务");
      } else if (type != ServiceType.VISIT) {
        errors.put("fulfilsVisit", "计入巡访：只有“走访探视”能完成巡访任务");
      }
    }
    Rejected.throwIfAny(errors);
    Long visitId =
        task.map(
                t ->
                    visitingCare.fulfil(
                        new Fulfilment(
                            t.taskId(),
                            t.personId(),
                            servedOn,
                            "社工 " + workers.find(workerId).orElseThrow().name(),
                            form.content().strip()),
                        by))
            .orElse(null);
    long id =
        jdbc.sql(
                """
                insert into socialwork.service_record (station_id, region_code, person_id,
                  worker_id, service_type, served_on, minutes, content, monitoring_visit_id,
                  form_token, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                station.id(),
                station.regionCode(),
                person.id(),
                worker.id(),
                type.name(),
                servedOn,
                minutes.intValue(),
                form.content().strip(),
                visitId,
                formToken,
                by)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success(
            "socialwork.service.record",
            "service_record",
            "" + id,
            visitId == null ? null : "巡访记录 " + visitId));
    return id;
  }

  public PageResult<ServiceRecord> ofStation(long stationId, PageQuery page) {
    long total =
        jdbc.sql("select count(*) from socialwork.service_record where station_id = ?")
            .param(stationId)
            .query(Long.class)
            .single();
    var items =
        jdbc.sql(
                SELECT
                    + " where r.station_id = ? order by "
                    + page.orderBy()
                    + ", r.id desc limit ? offset ?")
            .params(stationId, page.size(), page.offset())
            .query(CareServices::row)
            .list();
    return new PageResult<>(items, page, total);
  }

  public PageResult<ServiceRecord> inScope(RegionFilter scope, PageQuery page) {
    long total =
        jdbc.sql(
                "select count(*) from socialwork.service_record r where (? or r.region_code = any(?))")
            .params(scope.unrestricted(), scope.codesArray())
            .query(Long.class)
            .single();
    var items =
        jdbc.sql(
                SELECT
                    + " where (? or r.region_code = any(?)) order by "
                    + page.orderBy()
                    + ", r.id desc limit ? offset ?")
            .params(scope.unrestricted(), scope.codesArray(), page.size(), page.offset())
            .query(CareServices::row)
            .list();
    return new PageResult<>(items, page, total);
  }

  /** People served (distinct), services and minutes per month at a station, newest first. */
  public List<StationMonth> monthsOf(long stationId) {
    return jdbc.sql(
            """
            select to_char(served_on, 'YYYY-MM'), count(distinct person_id), count(*), sum(minutes)
              from socialwork.service_record where station_id = ?
             group by 1 order by 1 desc limit 24""")
        .param(stationId)
        .query(
            (rs, n) ->
                new StationMonth(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
        .list();
  }

  private static final String SELECT =
      """
      select r.id, r.station_id, r.person_id, coalesce(p.name, '') as name, coalesce(wp.name, ''),
             r.service_type, r.served_on, r.minutes, r.content, r.monitoring_visit_id
        from socialwork.service_record r
        left join registry.person_fact p on p.id = r.person_id
        left join socialwork.social_worker w on w.id = r.worker_id
        left join registry.person_fact wp on wp.id = w.person_id""";

  private static ServiceRecord row(ResultSet rs, int n) throws SQLException {
    return new ServiceRecord(
        rs.getLong(1),
        rs.getLong(2),
        rs.getLong(3),
        rs.getString(4),
        rs.getString(5),
        ServiceType.valueOf(rs.getString(6)),
        rs.getObject(7, LocalDate.class),
        rs.getInt(8),
        rs.getString(9),
        (Long) rs.getObject(10));
  }

  private static Long longOf(String raw) {
    try {
      return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
