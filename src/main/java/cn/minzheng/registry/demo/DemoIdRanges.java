package cn.minzheng.registry.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Database ids for the generated ordinals: the loader takes one contiguous block per sequence
 * ({@code registry.reserve_ids}, migration registry V4: the application role may use the sequences
 * but not set them) and numbers persons and households inside it.
 */
record DemoIdRanges(long personBase, long householdBase, long householdNumberBase, long persons) {

  static DemoIdRanges reserve(Connection connection, long persons) throws SQLException {
    return new DemoIdRanges(
        reserve(connection, "pg_get_serial_sequence('registry.person', 'id')", persons),
        reserve(connection, "pg_get_serial_sequence('registry.household', 'id')", persons),
        reserve(connection, "'registry.household_number_seq'", persons),
        persons);
  }

  /** Households are never more than persons, so one block of that size covers them. */
  private static long reserve(Connection connection, String sequence, long count)
      throws SQLException {
    String sql = "select registry.reserve_ids(" + sequence + "::regclass, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, count);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  long personId(long personNo) {
    return personBase + personNo - 1;
  }

  long householdId(long householdNo) {
    return householdBase + householdNo - 1;
  }

  /** 户号: the county code and ten digits, as the registry numbers households. */
  String householdNumber(String regionCode, long householdNo) {
    String digits = Long.toString(householdNumberBase + householdNo - 1);
    return regionCode.substring(0, 6) + "0".repeat(Math.max(0, 10 - digits.length())) + digits;
  }

  /** One death record per deceased person, set-based, as the registry keeps them. */
  void recordDeaths(Connection connection) throws SQLException {
    String sql =
        """
        insert into registry.death_record (person_id, date_of_death, source, recorded_by)
        select id, date_of_death, 'DEMO', ? from registry.person
        where life_status = 'DECEASED' and id between ? and ?""";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, DemoPopulationLoader.CREATED_BY);
      statement.setLong(2, personBase);
      statement.setLong(3, personBase + persons - 1);
      statement.executeUpdate();
    }
  }
}
