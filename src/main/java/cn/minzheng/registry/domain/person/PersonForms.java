package cn.minzheng.registry.domain.person;

import cn.minzheng.shared.IdCardNo;
import org.springframework.stereotype.Component;

/** Converts stored rows back into forms and validated values, for edits and diffs. */
@Component
class PersonForms {

  private final PersonMapper mapper;

  PersonForms(PersonMapper mapper) {
    this.mapper = mapper;
  }

  ValidPerson toValid(PersonRow row) {
    return new ValidPerson(
        IdCardNo.parse(mapper.fullIdNumber(row)),
        row.name(),
        row.sex(),
        row.birthDate(),
        row.ethnicityCode(),
        mapper.fullPhone(row),
        row.hukouRegionCode(),
        row.residenceRegionCode(),
        row.address(),
        row.maritalStatus(),
        row.disabilityCategory(),
        row.disabilityGrade(),
        row.disabilityCertificateDate(),
        row.legalBasis());
  }

  /** The stored person as a form, plain ID and phone included: only for internal merging. */
  PersonForm toForm(PersonRow row) {
    PersonForm f = new PersonForm();
    f.setIdNumber(mapper.fullIdNumber(row));
    f.setName(row.name());
    f.setSex(row.sex().name());
    f.setBirthDate(row.birthDate().toString());
    f.setEthnicityCode(row.ethnicityCode());
    f.setPhone(mapper.fullPhone(row));
    f.setHukouRegionCode(row.hukouRegionCode());
    f.setResidenceRegionCode(row.residenceRegionCode());
    f.setAddress(row.address());
    f.setMaritalStatus(row.maritalStatus().name());
    f.setDisabilityCategory(str(row.disabilityCategory()));
    f.setDisabilityGrade(str(row.disabilityGrade()));
    f.setDisabilityCertificateDate(str(row.disabilityCertificateDate()));
    f.setLegalBasis(row.legalBasis().name());
    return f;
  }

  PersonForm merge(PersonRow row, PersonForm input, boolean partial) {
    PersonForm stored = toForm(row);
    PersonForm m = new PersonForm();
    m.setIdNumber(keepIfBlank(input.getIdNumber(), stored.getIdNumber()));
    m.setPhone(keepIfBlank(input.getPhone(), stored.getPhone()));
    m.setName(choose(partial, input.getName(), stored.getName()));
    // Sex and birth date follow the ID number; keeping stored ones would block an ID correction.
    m.setSex(input.getSex());
    m.setBirthDate(input.getBirthDate());
    m.setEthnicityCode(choose(partial, input.getEthnicityCode(), stored.getEthnicityCode()));
    m.setHukouRegionCode(choose(partial, input.getHukouRegionCode(), stored.getHukouRegionCode()));
    m.setResidenceRegionCode(
        choose(partial, input.getResidenceRegionCode(), stored.getResidenceRegionCode()));
    m.setAddress(choose(partial, input.getAddress(), stored.getAddress()));
    m.setMaritalStatus(choose(partial, input.getMaritalStatus(), stored.getMaritalStatus()));
    m.setDisabilityCategory(
        choose(partial, input.getDisabilityCategory(), stored.getDisabilityCategory()));
    m.setDisabilityGrade(choose(partial, input.getDisabilityGrade(), stored.getDisabilityGrade()));
    m.setDisabilityCertificateDate(
        choose(
            partial, input.getDisabilityCertificateDate(), stored.getDisabilityCertificateDate()));
    m.setLegalBasis(choose(partial, input.getLegalBasis(), stored.getLegalBasis()));
    return m;
  }

  private static String choose(boolean partial, String input, String stored) {
    return partial && input == null ? stored : input;
  }

  private static String keepIfBlank(String input, String stored) {
    return input == null || input.isBlank() ? stored : input;
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
