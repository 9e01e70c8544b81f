package cn.minzheng.funeral.unidentified;

import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.config.FacilityKind;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DeathReportRejectedException;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.IdCardNo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 无名遗体: received from the police with their notice number and stored at a funeral home while the
 * public notice (认尸启事) runs for the configured number of days (domain-rules §8: the day of intake
 * is its first day; local rules set the period, 15 to 60 days; the default 30 is unconfirmed for
 * Chengdu); identified — the death is then recorded in the registry through {@link
 * PersonCommands#recordDeath}, which opens the family's subsidy case — or, from the day after the
 * notice's last day, cremated with the ashes kept three years. Scope: the funeral home's region.
 */
@Service
public class UnidentifiedBodies {

  public static final Set<String> SORTS = Set.of("received_on", "notice_until", "state");

  /** How long the ashes of an unclaimed body are kept after cremation. */
  static final int ASHES_KEPT_YEARS = 3;

  private static final String SELECT =
      """
      select b.id, b.police_notice_no, b.police_unit, b.found_on, b.found_place, b.description,
             b.facility_id, f.name as facility_name, b.region_code, b.received_on, b.notice_days,
             b.notice_until, b.state, b.identified_person_id, p.name as identified_name,
             b.identified_on, b.disposed_on, b.ashes_kept_until
        from funeral.unidentified_body b
        join funeral.facility f on f.id = b.facility_id
        left join registry.person_fact p on p.id = b.identified_person_id
      """;

  private final JdbcClient jdbc;
  private final Facilities facilities;
  private final PersonDirectory persons;
  private final PersonCommands personCommands;
  private final AuditLog audit;
  private final int noticeDays;

  UnidentifiedBodies(
      JdbcClient jdbc,
      Facilities facilities,
      PersonDirectory persons,
      PersonCommands personCommands,
      AuditLog audit,
      @Value("${minzheng.funeral.unidentified-notice-days:30}") int noticeDays) {
    this.jdbc = jdbc;
    this.facilities = facilities;
    this.persons = persons;
    this.personCommands = personCommands;
    this.audit = audit;
    this.noticeDays = noticeDays;
  }

  /** The period now configured (days of the public notice). */
  public int noticeDays() {
    return noticeDays;
  }

  /** What the police hand over. */
  public record Intake(
      @Nullable String policeNoticeNo,
      @Nullable String policeUnit,
      @Nullable LocalDate foundOn,
      @Nullable String foundPlace,
      @Nullable String description,
      long facilityId,
      @Nullable LocalDate receivedOn) {}

  /**
   * Receives a body at a funeral home the caller's scope permits. @return its id
   *
   * @throws InvalidInput naming the field: a missing field, a notice number already received, a
   *     date in the future or received before found, a facility that is not a funeral home
   */
  @Transactional
  public long receive(Intake in, LocalDate today, Predicate<String> inScope, String by) {
    String notice = required(in.policeNoticeNo(), "policeNoticeNo", "公安机关通知书编号");
    String unit = required(in.policeUnit(), "policeUnit", "移交公安机关");
    String place = required(in.foundPlace(), "foundPlace", "发现地点");
    String description = required(in.description(), "description", "体貌特征");
    if (in.foundOn() == null) {
      throw new InvalidInput("foundOn", "发现日期：请填写");
    }
    if (in.receivedOn() == null) {
      throw new InvalidInput("receivedOn", "接收日期：请填写");
    }
    if (in.receivedOn().isAfter(today)) {
      throw new InvalidInput("receivedOn", "接收日期：不能晚于今天");
    }
    if (in.receivedOn().isBefore(in.foundOn())) {
      throw new InvalidInput("receivedOn", "接收日期：不能早于发现日期");
    }
    var home =
        facilities
            .find(in.facilityId())
            .filter(f -> f.kind() == FacilityKind.FUNERAL_HOME && inScope.test(f.regionCode()))
            .orElseThrow(() -> new InvalidInput("facilityId", "存放殡仪馆：请选择本辖区的殡仪馆"));
    try {
      long id =
          jdbc.sql(
                  """
                  insert into funeral.unidentified_body (police_notice_no, police_unit, found_on,
                         found_place, description, facility_id, region_code, received_on,
                         notice_days, notice_until, created_by)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
              .params(
                  notice,
                  unit,
                  in.foundOn(),
                  place,
                  description,
                  home.id(),
                  home.regionCode(),
                  in.receivedOn(),
                  noticeDays,
                  in.receivedOn().plusDays(noticeDays - 1L),
                  by)
              .query(Long.class)
              .single();
      audit.record(
          AuditEvent.success("funeral.unidentified.receive", "unidentified_body", "" + id, notice));
      return id;
    } catch (DuplicateKeyException e) {
      throw new InvalidInput("policeNoticeNo", "公安机关通知书编号：" + notice + " 已登记");
    }
  }

  public Optional<UnidentifiedBody> find(long id) {
    return jdbc.sql(SELECT + " where b.id = ?").param(id).query(UnidentifiedBody.class).optional();
  }

  public PageResult<UnidentifiedBody> list(
      RegionFilter scope, @Nullable BodyState state, PageQuery page) {
    String where =
        " where (? or b.region_code = any(?)) and (cast(? as text) is null or b.state = ?)";
    String code = state == null ? null : state.name();
    long total =
        jdbc.sql("select count(*) from funeral.unidentified_body b" + where)
            .params(scope.unrestricted(), scope.codesArray(), code, code)
            .query(Long.class)
            .single();
    List<UnidentifiedBody> items =
        jdbc.sql(SELECT + where + " order by b." + page.orderBy() + ", b.id limit ? offset ?")
            .params(
                scope.unrestricted(), scope.codesArray(), code, code, page.size(), page.offset())
            .query(UnidentifiedBody.class)
            .list();
    return new PageResult<>(items, page, total);
  }

  /**
   * The body is identified as the person with {@code idNumber}, who died on {@code dateOfDeath}
   * (not after the body was found): the death is recorded in the registry (a death already on
   * record is confirmed, not duplicated) and the body is handed to the family. Allowed during the
   * notice and after cremation (the ashes are kept), once.
   */
  @Transactional
  public PersonSummary identify(
      long id,
      @Nullable String idNumber,
      @Nullable LocalDate dateOfDeath,
      LocalDate today,
      String by) {
    UnidentifiedBody body = lock(id);
    if (body.state() == BodyState.IDENTIFIED) {
      throw new InvalidInput("idNumber", "该遗体已于" + body.identifiedOn() + "认领");
    }
    PersonSummary person;
    try {
      person =
          persons
              .findByIdNumber(IdCardNo.parse(idNumber == null ? "" : idNumber.strip()))
              .orElseThrow(() -> new InvalidInput("idNumber", "身份证号：人口库中没有此人"));
    } catch (RuntimeException e) {
      if (e instanceof InvalidInput invalid) {
        throw invalid;
      }
      throw new InvalidInput("idNumber", "身份证号：格式不正确");
    }
    if (dateOfDeath == null) {
      throw new InvalidInput("dateOfDeath", "死亡日期：请填写");
    }
    if (dateOfDeath.isAfter(body.foundOn())) {
      throw new InvalidInput("dateOfDeath", "死亡日期：不能晚于发现日期" + body.foundOn());
    }
    try {
      personCommands.recordDeath(
          person.id(),
          new DeathReport(
              dateOfDeath, "STAFF", null, "无名遗体认领（公安通知书 " + body.policeNoticeNo() + "）"));
    } catch (DeathReportRejectedException e) {
      throw new InvalidInput("dateOfDeath", "死亡日期：" + e.getMessage());
    }
    jdbc.sql(
            """
            update funeral.unidentified_body set state = 'IDENTIFIED', identified_person_id = ?,
                   identified_on = ?, identified_by = ? where id = ?""")
        .params(person.id(), today, by, id)
        .update();
    audit.record(
        AuditEvent.success(
            "funeral.unidentified.identify",
            "unidentified_body",
            "" + id,
            "person " + person.id()));
    return person;
  }

  /**
   * Cremation of an unclaimed body from the day after the notice's last day; the ashes are kept
   * three years. @throws InvalidInput during the notice, or when identified or disposed already
   */
  @Transactional
  public void dispose(long id, @Nullable LocalDate on, LocalDate today, String by) {
    UnidentifiedBody body = lock(id);
    if (on == null) {
      throw new InvalidInput("disposedOn", "火化日期：请填写");
    }
    if (body.state() != BodyState.NOTICE) {
      throw new InvalidInput("disposedOn", "该遗体" + body.stateLabel() + "，不能再处理");
    }
    if (on.isAfter(today)) {
      throw new InvalidInput("disposedOn", "火化日期：不能晚于今天");
    }
    if (!on.isAfter(body.noticeUntil())) {
      throw new InvalidInput("disposedOn", "火化日期：认尸公告至" + body.noticeUntil() + "，公告期满次日起方可火化");
    }
    jdbc.sql(
            """
            update funeral.unidentified_body set state = 'DISPOSED', disposed_on = ?,
                   ashes_kept_until = ?, disposed_by = ? where id = ?""")
        .params(on, on.plusYears(ASHES_KEPT_YEARS), by, id)
        .update();
    audit.record(
        AuditEvent.success("funeral.unidentified.dispose", "unidentified_body", "" + id, "" + on));
  }

  private UnidentifiedBody lock(long id) {
    jdbc.sql("select id from funeral.unidentified_body where id = ? for update")
        .param(id)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new RecordNotFoundException("unidentified body " + id));
    return find(id).orElseThrow();
  }

  private static String required(@Nullable String value, String field, String label) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, label + "：请填写");
    }
    return value.strip();
  }
}
