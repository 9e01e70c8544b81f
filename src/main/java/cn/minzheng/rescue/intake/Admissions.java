package cn.minzheng.rescue.intake;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.rescue.stations.RescueStations;
import cn.minzheng.rescue.stations.Station;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake at a station (入站登记): a known person found in the registry by the blind index of the ID
 * number, or an unidentified one under a new temporary number with description and photo. One open
 * stay per person; every intake is one person-time (人次).
 */
@Service
public class Admissions {

  private final JdbcClient jdbc;
  private final RescueStations stations;
  private final PersonDirectory persons;
  private final Photos photos;
  private final AuditLog audit;
  private final DataScope scope;

  Admissions(
      JdbcClient jdbc,
      RescueStations stations,
      PersonDirectory persons,
      Photos photos,
      AuditLog audit,
      DataScope scope) {
    this.scope = scope;
    this.jdbc = jdbc;
    this.stations = stations;
    this.persons = persons;
    this.photos = photos;
    this.audit = audit;
  }

  /** Where and how the person came, common to both kinds of intake (form strings). */
  public record Arrival(
      String stationId, String admittedOn, String foundPlace, String referredBy) {}

  /** What describes an unidentified person. */
  public record Description(String description, String sex, String estimatedAge, byte[] photo) {}

  /**
   * Admits a person of the registry. {@code inScope} is the caller's data scope: a station outside
   * it is refused as if unknown.
   */
  @Transactional
  public long admitKnown(String idNumber, Arrival arrival, Predicate<String> inScope, String by) {
    IdCardNo id;
    try {
      id = IdCardNo.parse(idNumber == null ? "" : idNumber.trim());
    } catch (InvalidIdCardNoException e) {
      throw new InvalidInput("idNumber", "身份证号：" + e.getMessage());
    }
    PersonSummary person =
        persons
            .findByIdNumber(id)
            .orElseThrow(() -> new InvalidInput("idNumber", "身份证号：人口库中没有此人，请先在人口库登记，或按身份不明人员登记"));
    if (!person.alive()) {
      throw new InvalidInput("idNumber", "身份证号：人口库记载此人已故，请核对");
    }
    Valid v = check(arrival, inScope);
    // a person stays at one station at a time: the open stay may be at any station of the city
    scope
        .acrossRegions(
            () ->
                jdbc.sql(
                        """
                        select i.intake_no from rescue.intake i
                         where i.exit_kind is null
                           and i.person_id = ?""")
                    .param(person.id())
                    .query(String.class)
                    .optional())
        .ifPresent(
            no -> {
              throw new InvalidInput("idNumber", "身份证号：此人正在站内受助（登记号 " + no + "），不能重复登记");
            });
    long intake = insert(v, person.id(), null, by);
    audit.record(
        AuditEvent.success(
            "rescue.intake.admit",
            "rescue_intake",
            String.valueOf(intake),
            "person " + person.id()));
    return intake;
  }

  /** Admits an unidentified person under a new temporary number of the station and year. */
  @Transactional
  public long admitUnidentified(
      Description d, Arrival arrival, Predicate<String> inScope, String by) {
    String description = Inputs.text("description", "体貌特征", d.description(), 1000);
    ApparentSex sex = Inputs.choice("sex", "性别", ApparentSex.class, d.sex());
    int age;
    try {
      age = Integer.parseInt(d.estimatedAge() == null ? "" : d.estimatedAge().trim());
    } catch (NumberFormatException e) {
      throw new InvalidInput("estimatedAge", "估计年龄：请填写 0 至 120 的整数");
    }
    if (age < 0 || age > 120) {
      throw new InvalidInput("estimatedAge", "估计年龄：请填写 0 至 120 的整数");
    }
    Valid v = check(arrival, inScope);
    if (d.photo() != null && d.photo().length > 0) {
      photos.check(d.photo());
    }
    String temporaryNo = nextTemporaryNo(v.station(), v.admittedOn().getYear());
    long unidentified =
        jdbc.sql(
                """
                insert into rescue.unidentified (temporary_no, station_id, description, sex,
                                                 estimated_age, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
            .params(temporaryNo, v.station().id(), description, sex.name(), age, by)
            .query(Long.class)
            .single();
    if (d.photo() != null && d.photo().length > 0) {
      photos.store(unidentified, d.photo(), by);
    }
    long intake = insert(v, null, unidentified, by);
    audit.record(
        AuditEvent.success(
            "rescue.intake.admit", "rescue_intake", String.valueOf(intake), temporaryNo));
    return intake;
  }

  /**
   * Admits a temporary record again (the same unidentified person came back and staff recognise
   * them): the new stay is on the same record, so it joins its history.
   */
  @Transactional
  public long readmitUnidentified(
      long unidentifiedId, Arrival arrival, Predicate<String> inScope, String by) {
    Valid v = check(arrival, inScope);
    Long person =
        jdbc.sql("select identified_person_id from rescue.unidentified where id = ?")
            .param(unidentifiedId)
            .query(Long.class)
            .optional()
            .orElse(null);
    // the temporary record's open stay, at whichever station (a linked record may be elsewhere)
    boolean open =
        scope.acrossRegions(
            () ->
                jdbc.sql(
                        "select exists (select 1 from rescue.intake where unidentified_id = ? and exit_kind is null)")
                    .param(unidentifiedId)
                    .query(Boolean.class)
                    .single());
    if (open) {
      throw new InvalidInput("temporaryNo", "临时编号：此人正在站内受助，不能重复登记");
    }
    long intake = insert(v, person, unidentifiedId, by);
    audit.record(
        AuditEvent.success(
            "rescue.intake.admit",
            "rescue_intake",
            String.valueOf(intake),
            "again " + unidentifiedId));
    return intake;
  }

  private record Valid(
      Station station, LocalDate admittedOn, String foundPlace, Referral referral) {}

  private Valid check(Arrival a, Predicate<String> inScope) {
    long stationId = Inputs.id("stationId", "救助站", a.stationId());
    Station station =
        stations
            .find(stationId)
            .filter(Station::active)
            .filter(s -> inScope.test(s.regionCode()))
            .orElseThrow(() -> new InvalidInput("stationId", "救助站：请选择您所在的救助站"));
    LocalDate admittedOn = Inputs.pastDate("admittedOn", "入站日期", a.admittedOn());
    String foundPlace = Inputs.text("foundPlace", "发现地点", a.foundPlace(), 200);
    Referral referral = Inputs.choice("referredBy", "来站方式", Referral.class, a.referredBy());
    return new Valid(station, admittedOn, foundPlace, referral);
  }

  private long insert(Valid v, Long personId, Long unidentifiedId, String by) {
    // The number shows the station, the year and the row: unique without a second counter.
    long id =
        jdbc.sql("select nextval(pg_get_serial_sequence('rescue.intake', 'id'))")
            .query(Long.class)
            .single();
    jdbc.sql(
            """
            insert into rescue.intake (id, intake_no, station_id, region_code, person_id,
                                       unidentified_id, admitted_on, found_place, referred_by,
                                       created_by)
            overriding system value
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            "JZ-%s-%d-%06d".formatted(v.station().shortCode(), v.admittedOn().getYear(), id),
            v.station().id(),
            v.station().regionCode(),
            personId,
            unidentifiedId,
            v.admittedOn(),
            v.foundPlace(),
            v.referral().name(),
            by)
        .update();
    return id;
  }

  /** LS-<station>-<year>-<n>, counted per station and year under the counter row's lock. */
  private String nextTemporaryNo(Station station, int year) {
    int n =
        jdbc.sql(
                """
                insert into rescue.temporary_number (station_id, year, last_value) values (?, ?, 1)
                on conflict (station_id, year)
                do update set last_value = rescue.temporary_number.last_value + 1
                returning last_value""")
            .params(station.id(), year)
            .query(Integer.class)
            .single();
    return "LS-%s-%d-%04d".formatted(station.shortCode(), year, n);
  }
}
