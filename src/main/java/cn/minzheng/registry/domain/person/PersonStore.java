package cn.minzheng.registry.domain.person;

import cn.minzheng.registry.LifeStatus;
import cn.minzheng.registry.MaritalStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code registry.person}; knows nothing about scope or validation. */
@Repository
public class PersonStore {

  private final JdbcClient jdbc;

  PersonStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<PersonRow> find(long id) {
    return jdbc.sql("select " + PersonRow.COLUMNS + " from registry.person where id = ?")
        .param(id)
        .query(PersonRow::map)
        .optional();
  }

  /** Locks the row until the transaction ends: concurrent death reports serialise here. */
  public Optional<PersonRow> findForUpdate(long id) {
    return jdbc.sql("select " + PersonRow.COLUMNS + " from registry.person where id = ? for update")
        .param(id)
        .query(PersonRow::map)
        .optional();
  }

  public Optional<PersonRow> findByIdNumberIndex(byte[] blindIndex) {
    return jdbc.sql("select " + PersonRow.COLUMNS + " from registry.person where id_number_idx = ?")
        .param(blindIndex)
        .query(PersonRow::map)
        .optional();
  }

  public long insert(PersonValues v, String by) {
    return jdbc.sql(
            """
            insert into registry.person (id_number_enc, id_number_idx, name, sex, birth_date,
              ethnicity, phone_enc, hukou_region_code, residence_region_code, address,
              marital_status, disability_category, disability_grade, disability_certificate_date,
              legal_basis, created_by, updated_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            returning id""")
        .params(columnValues(v, by, by))
        .query(Long.class)
        .single();
  }

  /** Optimistic update: false when someone else changed the row since {@code version}. */
  boolean update(long id, int version, PersonValues v, String by) {
    return jdbc.sql(
                """
                update registry.person set id_number_enc = ?, id_number_idx = ?, name = ?, sex = ?,
                  birth_date = ?, ethnicity = ?, phone_enc = ?, hukou_region_code = ?,
                  residence_region_code = ?, address = ?, marital_status = ?,
                  disability_category = ?, disability_grade = ?, disability_certificate_date = ?,
                  legal_basis = ?, updated_by = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
            .params(columnValues(v, by, id, version))
            .update()
        == 1;
  }

  /** The values of the person columns in the order insert and update name them. */
  private static List<Object> columnValues(PersonValues v, Object... then) {
    List<Object> values =
        new ArrayList<>(
            Arrays.asList(
                v.idNumberEnc(),
                v.idNumberIdx(),
                v.name(),
                v.sex().name(),
                v.birthDate(),
                v.ethnicityCode(),
                v.phoneEnc(),
                v.hukouRegionCode(),
                v.residenceRegionCode(),
                v.address(),
                v.maritalStatus().name(),
                v.disabilityCategory() == null ? null : v.disabilityCategory().name(),
                v.disabilityGrade(),
                v.disabilityCertificateDate(),
                v.legalBasis().name()));
    values.addAll(Arrays.asList(then));
    return values;
  }

  public void markDeceased(long id, LocalDate dateOfDeath, String by) {
    jdbc.sql(
            """
            update registry.person set life_status = ?, date_of_death = ?, updated_by = ?,
              updated_at = now(), version = version + 1
            where id = ?""")
        .params(LifeStatus.DECEASED.name(), dateOfDeath, by, id)
        .update();
  }

  /** Undoes {@link #markDeceased} when a death recorded in error is withdrawn. */
  public void markAlive(long id, String by) {
    jdbc.sql(
            """
            update registry.person set life_status = ?, date_of_death = null, updated_by = ?,
              updated_at = now(), version = version + 1
            where id = ?""")
        .params(LifeStatus.ALIVE.name(), by, id)
        .update();
  }

  public void setMaritalStatus(long id, MaritalStatus status, String by) {
    jdbc.sql(
            """
            update registry.person set marital_status = ?, updated_by = ?, updated_at = now(),
              version = version + 1
            where id = ?""")
        .params(status.name(), by, id)
        .update();
  }

  public void clearDisability(long id, String by) {
    jdbc.sql(
            """
            update registry.person set disability_category = null, disability_grade = null,
              disability_certificate_date = null, updated_by = ?, updated_at = now(),
              version = version + 1
            where id = ?""")
        .params(by, id)
        .update();
  }

  public void setResidence(long id, String regionCode, String address, String by) {
    jdbc.sql(
            """
            update registry.person set residence_region_code = ?, address = ?, updated_by = ?,
              updated_at = now(), version = version + 1
            where id = ?""")
        .params(regionCode, address, by, id)
        .update();
  }
}
