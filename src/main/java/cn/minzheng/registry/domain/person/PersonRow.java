package cn.minzheng.registry.domain.person;

import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.LegalBasis;
import cn.minzheng.registry.LifeStatus;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.shared.Sex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of {@code registry.person}, sensitive fields still encrypted. */
public record PersonRow(
    long id,
    byte[] idNumberEnc,
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
    LifeStatus lifeStatus,
    LocalDate dateOfDeath,
    LegalBasis legalBasis,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    int version) {

  public static final String COLUMNS =
      "id, id_number_enc, name, sex, birth_date, ethnicity, phone_enc, hukou_region_code,"
          + " residence_region_code, address, marital_status, disability_category,"
          + " disability_grade, disability_certificate_date, life_status, date_of_death,"
          + " legal_basis, created_at, created_by, updated_at, updated_by, version";

  public static PersonRow map(ResultSet rs, int rowNum) throws SQLException {
    String category = rs.getString("disability_category");
    int grade = rs.getInt("disability_grade");
    Integer gradeOrNull = rs.wasNull() ? null : grade;
    return new PersonRow(
        rs.getLong("id"),
        rs.getBytes("id_number_enc"),
        rs.getString("name"),
        Sex.valueOf(rs.getString("sex")),
        rs.getObject("birth_date", LocalDate.class),
        rs.getString("ethnicity"),
        rs.getBytes("phone_enc"),
        rs.getString("hukou_region_code"),
        rs.getString("residence_region_code"),
        rs.getString("address"),
        MaritalStatus.valueOf(rs.getString("marital_status")),
        category == null ? null : DisabilityCategory.valueOf(category),
        gradeOrNull,
        rs.getObject("disability_certificate_date", LocalDate.class),
        LifeStatus.valueOf(rs.getString("life_status")),
        rs.getObject("date_of_death", LocalDate.class),
        LegalBasis.valueOf(rs.getString("legal_basis")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        rs.getString("updated_by"),
        rs.getInt("version"));
  }
}
