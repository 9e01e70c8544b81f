package cn.minzheng.registry.domain.person;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.LegalBasis;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.Sex;
import java.time.LocalDate;

/** A person that passed {@link PersonValidator}; still holds plain values, never stored as is. */
public record ValidPerson(
    IdCardNo idNumber,
    String name,
    Sex sex,
    LocalDate birthDate,
    String ethnicityCode,
    String phone,
    String hukouRegionCode,
    String residenceRegionCode,
    String address,
    MaritalStatus maritalStatus,
    DisabilityCategory disabilityCategory,
    Integer disabilityGrade,
    LocalDate disabilityCertificateDate,
    LegalBasis legalBasis) {

  public PersonValues encrypt(FieldCipher cipher) {
    return new PersonValues(
        cipher.encrypt(idNumber.value()),
        cipher.blindIndex(idNumber.value()),
        name,
        sex,
        birthDate,
        ethnicityCode,
        phone == null ? null : cipher.encrypt(phone),
        hukouRegionCode,
        residenceRegionCode,
        address,
        maritalStatus,
        disabilityCategory,
        disabilityGrade,
        disabilityCertificateDate,
        legalBasis);
  }
}
