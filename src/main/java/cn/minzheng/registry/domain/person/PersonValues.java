package cn.minzheng.registry.domain.person;

import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.LegalBasis;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.shared.Sex;
import java.time.LocalDate;

/** The writable fields of a person, validated, sensitive values already encrypted. */
record PersonValues(
    byte[] idNumberEnc,
    byte[] idNumberIdx,
    String name,
    Sex sex,
    LocalDate birthDate,
    String ethnicityCode,
    byte[] phoneEnc,
    String hukouRegionCode,
    String residenceRegionCode,
    String address,
    MaritalStatus maritalStatus,
    DisabilityCategory disabilityCategory,
    Integer disabilityGrade,
    LocalDate disabilityCertificateDate,
    LegalBasis legalBasis) {}
