package cn.minzheng.payments.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every row of a return file must name a line of the roster with its amount, once. */
final class ReturnFileCheck {

  private final JdbcClient jdbc;

  ReturnFileCheck(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void requireMatches(long rosterId, List<ReturnFileRows.Row> rows) {
    Map<Long, BigDecimal> amounts = new HashMap<>();
    // only the lines of the bank file: a held line was never sent, so the bank cannot answer it
    jdbc.sql(
            "select id, amount from payments.roster_line"
                + " where roster_id = ? and account_issue is null")
        .param(rosterId)
        .query(
            rs -> {
              amounts.put(rs.getLong(1), rs.getBigDecimal(2));
            });
    List<String> errors = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (ReturnFileRows.Row row : rows) {
      BigDecimal expected = amounts.get(row.lineId());
      if (expected == null) {
        errors.add("第" + row.lineNo() + "行：流水号不属于本名册的代发文件");
      } else if (expected.compareTo(row.amount()) != 0) {
        errors.add("第" + row.lineNo() + "行：金额与名册不符（名册 " + expected.toPlainString() + " 元）");
      } else if (!seen.add(row.lineId())) {
        errors.add("第" + row.lineNo() + "行：流水号重复");
      }
    }
    if (!errors.isEmpty()) {
      throw new ReturnFileRejected(errors);
    }
  }
}
