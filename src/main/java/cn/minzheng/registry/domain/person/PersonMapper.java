package cn.minzheng.registry.domain.person;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.Masking;
import org.springframework.stereotype.Component;

/** Turns rows into what leaves the registry: masked ID, no ciphertext. */
@Component
public class PersonMapper {

  private final FieldCipher cipher;

  PersonMapper(FieldCipher cipher) {
    this.cipher = cipher;
  }

  public PersonSummary toSummary(PersonRow row) {
    return new PersonSummary(
        row.id(),
        row.name(),
        row.sex(),
        row.birthDate(),
        maskedIdNumber(row),
        row.ethnicityCode(),
        row.hukouRegionCode(),
        row.residenceRegionCode(),
        row.lifeStatus(),
        row.dateOfDeath(),
        row.maritalStatus(),
        row.disabilityCategory(),
        row.disabilityGrade(),
        row.disabilityCertificateDate());
  }

  public String maskedIdNumber(PersonRow row) {
    return Masking.idNumber(cipher.decrypt(row.idNumberEnc()));
  }

  public String maskedPhone(PersonRow row) {
    return row.phoneEnc() == null ? null : Masking.phone(cipher.decrypt(row.phoneEnc()));
  }

  String fullIdNumber(PersonRow row) {
    return cipher.decrypt(row.idNumberEnc());
  }

  String fullPhone(PersonRow row) {
    return row.phoneEnc() == null ? null : cipher.decrypt(row.phoneEnc());
  }
}
