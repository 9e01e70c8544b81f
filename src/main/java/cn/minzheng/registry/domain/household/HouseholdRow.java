package cn.minzheng.registry.domain.household;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of {@code registry.household}. */
public record HouseholdRow(
    long id, String number, String regionCode, String address, Long headPersonId, int version) {

  static final String COLUMNS = "id, number, region_code, address, head_person_id, version";

  static HouseholdRow map(ResultSet rs, int rowNum) throws SQLException {
    long head = rs.getLong("head_person_id");
    return new HouseholdRow(
        rs.getLong("id"),
        rs.getString("number"),
        rs.getString("region_code"),
        rs.getString("address"),
        rs.wasNull() ? null : head,
        rs.getInt("version"));
  }
}
