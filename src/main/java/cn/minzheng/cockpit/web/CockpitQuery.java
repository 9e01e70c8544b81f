package cn.minzheng.cockpit.web;

import cn.minzheng.shared.ChinaTime;

/**
 * The request parameters every cockpit page and export shares: the period ({@link PeriodChoice})
 * and the region (null: the user's own node). Bound from the query string.
 */
record CockpitQuery(
    String kind, Integer year, Integer part, String from, String to, String region) {

  PeriodChoice choice() {
    return PeriodChoice.of(kind, year, part, from, to, ChinaTime.today());
  }
}
