package cn.minzheng.registry;

import cn.minzheng.shared.Sex;
import java.time.LocalDate;

/**
 * A person as other modules see it. Carries the ID number only masked ({@code 510104********1234});
 * the full number never leaves the registry through this record.
 *
 * @param disabilityCategory null when no disability is recorded
 * @param disabilityGrade 1 (most severe) to 4, null when no disability is recorded
 */
public record PersonSummary(
    long id,
    String name,
    Sex sex,
    LocalDate birthDate,
    String maskedIdNumber,
    String ethnicityCode,
    String hukouRegionCode,
    String residenceRegionCode,
    LifeStatus lifeStatus,
    LocalDate dateOfDeath,
    MaritalStatus maritalStatus,
    DisabilityCategory disabilityCategory,
    Integer disabilityGrade,
    LocalDate disabilityCertificateDate) {

  public boolean alive() {
    return lifeStatus == LifeStatus.ALIVE;
  }
}
