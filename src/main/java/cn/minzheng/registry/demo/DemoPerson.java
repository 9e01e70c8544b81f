package cn.minzheng.registry.demo;

import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.Relationship;
import cn.minzheng.shared.Sex;
import java.time.LocalDate;

/**
 * One generated person. {@code personNo} and {@code householdNo} are 1-based ordinals of the run;
 * the loader turns them into database ids. Nullable: phone, disability, date of death.
 */
public record DemoPerson(
    long personNo,
    long householdNo,
    String idNumber,
    String name,
    Sex sex,
    LocalDate birthDate,
    Ethnicity ethnicity,
    String phone,
    String regionCode,
    Relationship relationship,
    MaritalStatus maritalStatus,
    Disability disability,
    LocalDate dateOfDeath) {

  public boolean deceased() {
    return dateOfDeath != null;
  }

  /** Age in whole years on the given day. */
  public int ageOn(LocalDate day) {
    return java.time.Period.between(birthDate, day).getYears();
  }

  /** A disability rating (GB/T 26341-2010 category, grade 1-4) and its certificate date. */
  public record Disability(DisabilityCategory category, int grade, LocalDate certificateDate) {}
}
