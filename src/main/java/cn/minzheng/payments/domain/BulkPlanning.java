package cn.minzheng.payments.domain;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans the set-based statements of a month's work with hash joins only. Those statements read rows
 * written moments earlier in the same run, before any statistics know them: the planner then
 * expects one row, picks nested loops, and a run over a hundred thousand entitlements took minutes
 * instead of seconds in the benchmark. Transaction-scoped; the application role may not ANALYZE.
 */
final class BulkPlanning {

  private BulkPlanning() {}

  static void forThisTransaction(JdbcClient jdbc) {
    jdbc.sql("set local enable_nestloop = off").update();
  }
}
