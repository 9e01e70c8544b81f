package cn.minzheng.rescue.intake;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DeathReportRejectedException;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.RegionCode;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a stay: return home with the hand-over to the county of household registration (户籍地
 * 县级民政部门) by an escort, long-term placement in an institution, leaving on one's own (办法第十一条: the
 * station may not hold anyone), or death — recorded in the registry through its death command when
 * the person is known, in the same transaction.
 */
@Service
public class Exits {

  /** The registry source of a death reported by a rescue station. */
  public static final String DEATH_SOURCE = "RESCUE_STATION";

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final PersonCommands personCommands;
  private final AuditLog audit;

  Exits(JdbcClient jdbc, PersonDirectory persons, PersonCommands personCommands, AuditLog audit) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.personCommands = personCommands;
    this.audit = audit;
  }

  /** The exit form (strings as posted). */
  public record ExitForm(
      String kind,
      String exitedOn,
      String escort,
      String receiver,
      String receivingCountyCode,
      String institution,
      String note) {}

  /** The county a known person is handed over to: the county of the household registration. */
  public Optional<String> homeCounty(IntakeRow stay) {
    return Optional.ofNullable(stay.personId())
        .flatMap(persons::find)
        .map(PersonSummary::hukouRegionCode)
        .filter(RegionCode::isWellFormed)
        .map(code -> code.substring(0, 6) + "000000");
  }

  @Transactional
  public void exit(IntakeRow stay, ExitForm form, String by) {
    if (!stay.open()) {
      throw new InvalidInput("kind", "离站方式：该人员已离站");
    }
    ExitKind kind = Inputs.choice("kind", "离站方式", ExitKind.class, form.kind());
    LocalDate on = Inputs.pastDate("exitedOn", "离站日期", form.exitedOn());
    if (on.isBefore(stay.admittedOn())) {
      throw new InvalidInput("exitedOn", "离站日期：不能早于入站日期 " + stay.admittedOn());
    }
    String note = Inputs.optionalText("note", "说明", form.note(), 500);
    String escort = null;
    String receiver = null;
    String county = null;
    String institution = null;
    switch (kind) {
      case RETURNED_HOME -> {
        if (stay.personId() == null) {
          throw new InvalidInput("kind", "离站方式：身份不明人员不能护送返乡，请先查明身份");
        }
        escort = Inputs.text("escort", "护送人员", form.escort(), 100);
        receiver = Inputs.text("receiver", "接收人（户籍地民政部门经办人）", form.receiver(), 100);
        county =
            form.receivingCountyCode() == null || form.receivingCountyCode().isBlank()
                ? homeCounty(stay)
                    .orElseThrow(
                        () -> new InvalidInput("receivingCountyCode", "接收地：人口库无户籍地，请填写接收地区划代码"))
                : form.receivingCountyCode().trim();
        if (!RegionCode.isWellFormed(county) || !RegionCode.of(county).isCountyLevel()) {
          throw new InvalidInput("receivingCountyCode", "接收地：须为县级区划代码（12位，后6位为0）");
        }
      }
      case PLACED -> institution = Inputs.text("institution", "安置机构", form.institution(), 200);
      case DIED -> {
        if (stay.personId() != null) {
          try {
            personCommands.recordDeath(
                stay.personId(),
                new DeathReport(on, DEATH_SOURCE, null, note == null ? "救助站内死亡" : note));
          } catch (DeathReportRejectedException e) {
            throw new InvalidInput("exitedOn", "离站日期：" + e.getMessage());
          }
        }
      }
      case LEFT -> {
        // Leaving is the person's right (办法第十一条); only the day and a note are kept.
      }
    }
    int changed =
        jdbc.sql(
                """
                update rescue.intake
                   set exit_kind = ?, exited_on = ?, escort = ?, receiver = ?,
                       receiving_county_code = ?, institution = ?, exit_note = ?, exited_by = ?
                 where id = ? and exit_kind is null""")
            .params(kind.name(), on, escort, receiver, county, institution, note, by, stay.id())
            .update();
    if (changed == 0) {
      throw new InvalidInput("kind", "离站方式：该人员已离站");
    }
    audit.record(
        AuditEvent.success(
            "rescue.intake.exit", "rescue_intake", String.valueOf(stay.id()), kind.name()));
  }
}
