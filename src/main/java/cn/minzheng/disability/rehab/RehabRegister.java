package cn.minzheng.disability.rehab;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 精神障碍社区康复: stations, enrolment of a person with the consent of the person or the guardian (one
 * open enrolment per person), service records. Every read of an enrolment and every write is
 * audited; everything is scoped to the caller's region subtree (out of scope: not found). The role
 * check is the pages' and the API's (only 精神康复专员).
 */
@Service
public class RehabRegister {

  private final JdbcClient jdbc;
  private final DataScope scope;
  private final AuditLog audit;

  RehabRegister(JdbcClient jdbc, DataScope scope, AuditLog audit) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.audit = audit;
  }

  public record Station(
      long id,
      String name,
      String regionCode,
      String operator,
      int capacity,
      String services,
      long enrolled) {}

  public record Enrolment(
      long id,
      long stationId,
      String stationName,
      long personId,
      String name,
      String regionCode,
      String consentBy,
      @Nullable String guardianName,
      LocalDate consentOn,
      LocalDate enrolledOn,
      @Nullable LocalDate endedOn,
      @Nullable EndReason endReason,
      @Nullable String endNote) {
    public String consentLabel() {
      return "SELF".equals(consentBy) ? "本人同意" : "监护人同意（" + guardianName + "）";
    }

    /** 结束原因 as shown: the reason, with the note when there is one. */
    public String endLabel() {
      if (endReason == null) {
        return "";
      }
      return endReason.label() + (endNote == null ? "" : "（" + endNote + "）");
    }
  }

  public record ServiceRecord(
      long id, LocalDate servedOn, String service, int minutes, String worker) {}

  /**
   * The stations in the caller's scope; a station's enrolled count is every open enrolment at it,
   * also of persons living outside the caller's row scope (the station's capacity is one).
   */
  public List<Station> stations() {
    RegionFilter f = scope.current();
    return scope.acrossRegions(() -> stationsIn(f));
  }

  private List<Station> stationsIn(RegionFilter f) {
    return jdbc.sql(
            """
            select s.id, s.name, s.region_code, s.operator, s.capacity, s.services,
                   (select count(*) from disability.rehab_enrolment e
                     where e.station_id = s.id and e.ended_on is null) as enrolled
              from disability.rehab_station s
             where (? or s.region_code = any(?)) order by s.region_code, s.name""")
        .params(f.unrestricted(), f.codesArray())
        .query(Station.class)
        .list();
  }

  @Transactional
  public long createStation(
      String name, String regionCode, String operator, int capacity, String services) {
    if (name.isBlank()) {
      throw new InvalidInput("name", "请填写站点名称");
    }
    if (capacity < 1) {
      throw new InvalidInput("capacity", "容量须大于0");
    }
    scope.requireInScope(regionCode);
    long id =
        jdbc.sql(
                """
                insert into disability.rehab_station (name, region_code, operator, capacity, services)
                values (?, ?, ?, ?, ?) returning id""")
            .params(name.strip(), regionCode, operator.strip(), capacity, services.strip())
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("disability.rehab.station", "rehab_station", "" + id, name));
    return id;
  }

  /** Enrols a person living in the caller's region at a station of the caller's region. */
  @Transactional
  public long enrol(
      long stationId,
      long personId,
      String personRegion,
      String consentBy,
      @Nullable String guardianName,
      LocalDate consentOn,
      String by) {
    Station station =
        stations().stream()
            .filter(s -> s.id() == stationId)
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("rehab_station"));
    scope.requireInScope(personRegion);
    if (!"SELF".equals(consentBy) && !"GUARDIAN".equals(consentBy)) {
      throw new InvalidInput("consentBy", "请选择知情同意方式");
    }
    if ("GUARDIAN".equals(consentBy) && (guardianName == null || guardianName.isBlank())) {
      throw new InvalidInput("guardianName", "监护人同意的，请填写监护人姓名");
    }
    if (station.enrolled() >= station.capacity()) {
      throw new InvalidInput("stationId", "该站点已满员");
    }
    try {
      long id =
          jdbc.sql(
                  """
                  insert into disability.rehab_enrolment (station_id, person_id, region_code,
                         consent_by, guardian_name, consent_on, enrolled_on, enrolled_by)
                  values (?, ?, ?, ?, ?, ?, (now() at time zone 'Asia/Shanghai')::date, ?)
                  returning id""")
              .params(
                  stationId,
                  personId,
                  personRegion,
                  consentBy,
                  "GUARDIAN".equals(consentBy) ? guardianName.strip() : null,
                  consentOn,
                  by)
              .query(Long.class)
              .single();
      audit.record(AuditEvent.success("disability.rehab.enrol", "rehab_enrolment", "" + id, null));
      return id;
    } catch (DuplicateKeyException e) {
      throw new InvalidInput("idNumber", "该人员已在康复服务中");
    }
  }

  /** Enrolments of the caller's region (audited: a list of mental-health records). */
  /** One page of the current enrolments in scope, the newest first (the read audited). */
  public PageResult<Enrolment> enrolments(PageQuery query) {
    RegionFilter f = scope.current();
    String where = " where e.ended_on is null and (? or e.region_code = any(?))";
    long total =
        jdbc.sql("select count(*) from disability.rehab_enrolment e" + where)
            .params(f.unrestricted(), f.codesArray())
            .query(Long.class)
            .single();
    List<Enrolment> list =
        jdbc.sql(ENROLMENT + where + " order by e.enrolled_on desc, e.id desc limit ? offset ?")
            .params(f.unrestricted(), f.codesArray(), query.size(), query.offset())
            .query(Enrolment.class)
            .list();
    audit.record(
        AuditEvent.success("disability.rehab.list", "rehab_enrolment", "*", list.size() + " 条"));
    return new PageResult<>(list, query, total);
  }

  /** One enrolment (audited); out of scope or unknown: not found. */
  public Enrolment enrolment(long id) {
    Enrolment e =
        jdbc.sql(ENROLMENT + " where e.id = ?")
            .param(id)
            .query(Enrolment.class)
            .optional()
            .orElseThrow(() -> new RecordNotFoundException("rehab_enrolment"));
    scope.requireInScope(e.regionCode());
    audit.record(AuditEvent.success("disability.rehab.read", "rehab_enrolment", "" + id, null));
    return e;
  }

  public List<ServiceRecord> services(long enrolmentId) {
    return jdbc.sql(
            """
            select id, served_on, service, minutes, worker from disability.rehab_service
             where enrolment_id = ? order by served_on desc, id desc""")
        .param(enrolmentId)
        .query(ServiceRecord.class)
        .list();
  }

  @Transactional
  public long record(
      long enrolmentId, LocalDate servedOn, String service, int minutes, String worker) {
    Enrolment e = enrolment(enrolmentId);
    if (e.endedOn() != null) {
      throw new InvalidInput("servedOn", "该康复服务已于" + e.endedOn() + "结束，不能再记录服务");
    }
    if (service.isBlank()) {
      throw new InvalidInput("service", "请填写服务内容");
    }
    if (minutes < 1 || minutes > 1440) {
      throw new InvalidInput("minutes", "服务时长为1至1440分钟");
    }
    if (servedOn.isBefore(e.enrolledOn())) {
      throw new InvalidInput("servedOn", "服务日期早于纳入日期");
    }
    long id =
        jdbc.sql(
                """
                insert into disability.rehab_service
                       (enrolment_id, served_on, service, minutes, worker, region_code)
                values (?, ?, ?, ?, ?, ?) returning id""")
            .params(enrolmentId, servedOn, service.strip(), minutes, worker, e.regionCode())
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("disability.rehab.service", "rehab_service", "" + id, null));
    return id;
  }

  /**
   * Ends an open enrolment on {@code endedOn} (not before the enrolment, not in the future) with a
   * reason; OTHER needs a note. Audited; the station's place is free again.
   */
  @Transactional
  public void end(
      long enrolmentId,
      LocalDate endedOn,
      @Nullable EndReason reason,
      @Nullable String note,
      LocalDate today,
      String by) {
    Enrolment e = enrolment(enrolmentId);
    if (e.endedOn() != null) {
      throw new InvalidInput("endedOn", "该康复服务已于" + e.endedOn() + "结束");
    }
    if (reason == null) {
      throw new InvalidInput("endReason", "结束原因：请选择");
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    if (reason == EndReason.OTHER && cleanNote == null) {
      throw new InvalidInput("endNote", "结束原因为“其他”的，请填写说明");
    }
    if (endedOn.isBefore(e.enrolledOn())) {
      throw new InvalidInput("endedOn", "结束日期：不能早于纳入日期" + e.enrolledOn());
    }
    if (endedOn.isAfter(today)) {
      throw new InvalidInput("endedOn", "结束日期：不能晚于今天");
    }
    jdbc.sql(
            """
            update disability.rehab_enrolment set ended_on = ?, end_reason = ?, end_note = ?,
                   ended_by = ? where id = ? and ended_on is null""")
        .params(endedOn, reason.name(), cleanNote, by, enrolmentId)
        .update();
    audit.record(
        AuditEvent.success(
            "disability.rehab.end", "rehab_enrolment", "" + enrolmentId, reason.name()));
  }

  private static final String ENROLMENT =
      """
      select e.id, e.station_id, s.name as station_name, e.person_id, p.name, e.region_code,
             e.consent_by, e.guardian_name, e.consent_on, e.enrolled_on, e.ended_on, e.end_reason,
             e.end_note
        from disability.rehab_enrolment e
        join disability.rehab_station s on s.id = e.station_id
        join registry.person_fact p on p.id = e.person_id
      """;
}
