package cn.minzheng.payments;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Headline figures for dashboards and statistics, from totals maintained with every month's
 * entitlements (not counted live over millions of rows), within the caller's data scope.
 */
public interface ProgrammeTotals {

  /**
   * Per programme and district over {@code from}..{@code to}: the people covered in the last month
   * of the period (在保人数) and the money of all its months.
   */
  List<DistrictTotal> byDistrict(YearMonth from, YearMonth to);

  record DistrictTotal(
      Programme programme, String districtCode, long peopleInLastMonth, BigDecimal amount) {}
}
