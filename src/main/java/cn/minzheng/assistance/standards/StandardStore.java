package cn.minzheng.assistance.standards;

import cn.minzheng.assistance.StandardInForce;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of standard versions. */
@Repository
public class StandardStore {

  private static final String COLUMNS =
      """
      area_code, effective_from, dibao_standard, minimum_per_person, tekun_multiplier, care_self,
      care_partial, care_full, care_confirmed, linshi_township_multiple, linshi_county_multiple,
      marginal_multiplier, asset_deposit_months, asset_vehicle_limit, asset_second_house, basis""";

  private final JdbcClient jdbc;

  StandardStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The version in force on a day, as {@code assistance.standards_in_force} defines it for the
   * monthly run and the demo alike.
   */
  public Optional<StandardInForce> inForce(String areaCode, LocalDate on) {
    return jdbc.sql(
            "select " + COLUMNS + " from assistance.standards_in_force(?) where area_code = ?")
        .params(on, areaCode)
        .query(StandardStore::map)
        .optional();
  }

  public List<StandardInForce> all() {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from assistance.standard_version order by area_code, effective_from desc")
        .query(StandardStore::map)
        .list();
  }

  /** Inserts a version; false when the area already has one from that date. */
  public boolean add(StandardInForce s, String by) {
    return jdbc.sql(
                "insert into assistance.standard_version ("
                    + COLUMNS
                    + ", created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (area_code, effective_from) do nothing")
            .params(
                s.areaCode(),
                s.effectiveFrom(),
                s.dibaoStandard(),
                s.minimumPerPerson(),
                s.tekunMultiplier(),
                s.careSelf(),
                s.carePartial(),
                s.careFull(),
                s.careConfirmed(),
                s.linshiTownshipMultiple(),
                s.linshiCountyMultiple(),
                s.marginalMultiplier(),
                s.assetDepositMonths(),
                s.assetVehicleLimit(),
                s.assetSecondHouse(),
                s.basis(),
                by)
            .update()
        == 1;
  }

  static StandardInForce map(ResultSet rs, int row) throws SQLException {
    return new StandardInForce(
        rs.getString("area_code"),
        rs.getObject("effective_from", LocalDate.class),
        rs.getBigDecimal("dibao_standard"),
        rs.getBigDecimal("minimum_per_person"),
        rs.getBigDecimal("tekun_multiplier"),
        rs.getBigDecimal("care_self"),
        rs.getBigDecimal("care_partial"),
        rs.getBigDecimal("care_full"),
        rs.getBoolean("care_confirmed"),
        rs.getBigDecimal("linshi_township_multiple"),
        rs.getBigDecimal("linshi_county_multiple"),
        rs.getBigDecimal("marginal_multiplier"),
        rs.getInt("asset_deposit_months"),
        rs.getBigDecimal("asset_vehicle_limit"),
        rs.getBoolean("asset_second_house"),
        rs.getString("basis"));
  }
}
