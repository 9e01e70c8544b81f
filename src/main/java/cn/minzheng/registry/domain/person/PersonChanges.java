package cn.minzheng.registry.domain.person;

import cn.minzheng.registry.domain.history.ChangeSet;
import cn.minzheng.shared.Masking;

/** The field-level difference of two versions of a person, sensitive values masked. */
public final class PersonChanges {

  private PersonChanges() {}

  public static ChangeSet of(ValidPerson before, ValidPerson after) {
    return new ChangeSet()
        .diff("idNumber", masked(before), masked(after))
        .diff("name", before == null ? null : before.name(), after.name())
        .diff("sex", before == null ? null : before.sex(), after.sex())
        .diff("birthDate", before == null ? null : before.birthDate(), after.birthDate())
        .diff(
            "ethnicityCode", before == null ? null : before.ethnicityCode(), after.ethnicityCode())
        .diff(
            "phone",
            before == null ? null : Masking.phone(before.phone()),
            Masking.phone(after.phone()))
        .diff(
            "hukouRegionCode",
            before == null ? null : before.hukouRegionCode(),
            after.hukouRegionCode())
        .diff(
            "residenceRegionCode",
            before == null ? null : before.residenceRegionCode(),
            after.residenceRegionCode())
        .diff("address", before == null ? null : before.address(), after.address())
        .diff(
            "maritalStatus", before == null ? null : before.maritalStatus(), after.maritalStatus())
        .diff(
            "disabilityCategory",
            before == null ? null : before.disabilityCategory(),
            after.disabilityCategory())
        .diff(
            "disabilityGrade",
            before == null ? null : before.disabilityGrade(),
            after.disabilityGrade())
        .diff(
            "disabilityCertificateDate",
            before == null ? null : before.disabilityCertificateDate(),
            after.disabilityCertificateDate())
        .diff("legalBasis", before == null ? null : before.legalBasis(), after.legalBasis());
  }

  private static String masked(ValidPerson p) {
    return p == null || p.idNumber() == null ? null : Masking.idNumber(p.idNumber().value());
  }
}
