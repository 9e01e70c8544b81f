package cn.minzheng.registry.demo;

import cn.minzheng.platform.FieldCipher;
import java.time.LocalDate;
import java.util.List;

/** The COPY rows of the registry tables for generated households and persons. */
final class DemoRows {

  static final String PERSON_COPY =
      """
      copy registry.person (id, id_number_enc, id_number_idx, name, sex, birth_date, ethnicity,
        phone_enc, hukou_region_code, residence_region_code, address, marital_status,
        disability_category, disability_grade, disability_certificate_date, life_status,
        date_of_death, legal_basis, created_by, updated_by) from stdin""";
  static final String HOUSEHOLD_COPY =
      """
      copy registry.household (id, number, region_code, address, head_person_id, created_by,
        updated_by) from stdin""";
  static final String MEMBER_COPY =
      """
      copy registry.household_member (household_id, person_id, relationship, valid_from,
        valid_to, created_by) from stdin""";

  /** Registry records in this form start with the second-generation ID card register. */
  private static final LocalDate RECORDS_SINCE = LocalDate.of(2005, 1, 1);

  private final DemoIdRanges ids;
  private final FieldCipher cipher;

  DemoRows(DemoIdRanges ids, FieldCipher cipher) {
    this.ids = ids;
    this.cipher = cipher;
  }

  /** Encrypts ID numbers and phones and fills the blind index: the expensive part, in parallel. */
  String persons(List<DemoHousehold> households) {
    StringBuilder out = new StringBuilder(households.size() * 1000);
    CopyText row = new CopyText(out);
    for (DemoHousehold household : households) {
      for (DemoPerson p : household.members()) {
        person(row, p, household.address());
      }
    }
    return out.toString();
  }

  private void person(CopyText row, DemoPerson p, String address) {
    DemoPerson.Disability disability = p.disability();
    row.number(ids.personId(p.personNo()))
        .bytes(cipher.encrypt(p.idNumber()))
        .bytes(cipher.blindIndex(p.idNumber()))
        .text(p.name())
        .text(p.sex().name())
        .date(p.birthDate())
        .text(p.ethnicity().code())
        .bytes(p.phone() == null ? null : cipher.encrypt(p.phone()))
        .text(p.regionCode())
        .text(p.regionCode())
        .text(address)
        .text(p.maritalStatus().name())
        .text(disability == null ? null : disability.category().name())
        .number(disability == null ? null : disability.grade())
        .date(disability == null ? null : disability.certificateDate())
        .text(p.deceased() ? "DECEASED" : "ALIVE")
        .date(p.dateOfDeath())
        .text("STATUTORY_DUTY")
        .text(DemoPopulationLoader.CREATED_BY)
        .text(DemoPopulationLoader.CREATED_BY)
        .end();
  }

  void household(DemoHousehold household, StringBuilder out) {
    new CopyText(out)
        .number(ids.householdId(household.householdNo()))
        .text(ids.householdNumber(household.regionCode(), household.householdNo()))
        .text(household.regionCode())
        .text(household.address())
        .number(ids.personId(household.head().personNo()))
        .text(DemoPopulationLoader.CREATED_BY)
        .text(DemoPopulationLoader.CREATED_BY)
        .end();
  }

  /** Deceased members' membership ended on the day of death. */
  void members(DemoHousehold household, StringBuilder out) {
    CopyText row = new CopyText(out);
    for (DemoPerson p : household.members()) {
      LocalDate from = p.birthDate().isAfter(RECORDS_SINCE) ? p.birthDate() : RECORDS_SINCE;
      LocalDate to =
          p.dateOfDeath() == null
              ? null
              : (p.dateOfDeath().isBefore(from) ? from : p.dateOfDeath());
      row.number(ids.householdId(household.householdNo()))
          .number(ids.personId(p.personNo()))
          .text(registryRelationship(p.relationship()))
          .date(from)
          .date(to)
          .text(DemoPopulationLoader.CREATED_BY)
          .end();
    }
  }

  private static String registryRelationship(Relationship relationship) {
    return switch (relationship) {
      case HEAD, SPOUSE, SON, DAUGHTER, OTHER -> relationship.name();
      case FATHER, MOTHER -> "PARENT";
      case GRANDSON, GRANDDAUGHTER -> "GRANDCHILD";
      case SON_IN_LAW, DAUGHTER_IN_LAW -> "OTHER";
    };
  }
}
