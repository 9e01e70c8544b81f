package cn.minzheng.rescue.intake;

import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;

/**
 * One stay as lists show it. {@code personName} is the registry name (null while unidentified),
 * {@code temporaryNo} the temporary number it came in under (kept after identification).
 */
public record IntakeRow(
    long id,
    String intakeNo,
    long stationId,
    String stationName,
    String regionCode,
    Long personId,
    Long unidentifiedId,
    String temporaryNo,
    String personName,
    LocalDate admittedOn,
    String foundPlace,
    Referral referredBy,
    LocalDate extendedUntil,
    ExitKind exitKind,
    LocalDate exitedOn,
    String receivingCountyCode,
    String escort,
    String receiver,
    String institution,
    String exitNote) {

  public boolean open() {
    return exitKind == null;
  }

  /** The registry name, or the temporary number while the person is unidentified. */
  public String who() {
    return personName != null ? personName : "身份不明（" + temporaryNo + "）";
  }

  public LocalDate lastDay() {
    return StayLimit.lastDay(admittedOn, extendedUntil);
  }

  /** Day of the stay today, or the length of a finished stay. */
  public long days() {
    return StayLimit.dayOfStay(admittedOn, open() ? ChinaTime.today() : exitedOn);
  }

  /** Open beyond its limit today, or left after it. */
  public boolean overdue() {
    return StayLimit.overdue(admittedOn, extendedUntil, open() ? ChinaTime.today() : exitedOn);
  }
}
