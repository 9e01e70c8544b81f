package cn.minzheng.cockpit;

import static cn.minzheng.payments.PaymentsTestData.CITY;
import static cn.minzheng.payments.PaymentsTestData.as;
import static cn.minzheng.payments.PaymentsTestData.dibao;
import static cn.minzheng.payments.PaymentsTestData.staff;

import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.payments.Entitlement;
import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A known data set in a year of its own (no other test pays or visits in the far future), so that
 * the city-wide figures of that year are exactly these rows:
 *
 * <pre>
 * 低保        June        July      (year before: June 800.00 for 甲)
 * 甲 锦江 街道一  910.00      910.00
 * 乙 锦江 街道二  455.50      –
 * 丙 青羊        860.00      860.00
 * visits of 甲: one on 30 June, two on 1 July
 * </pre>
 */
public final class CockpitTestData {

  public static final String JINJIANG = "510104000000";
  public static final String QINGYANG = "510105000000";
  public static final String STREET_ONE = "510104001000";
  public static final String STREET_TWO = "510104002000";
  static final String COMMUNITY_ONE = "510104001001";
  static final String COMMUNITY_TWO = "510104002001";
  static final String QINGYANG_COMMUNITY = "510105001001";

  public final int year;
  public final String nameA;
  public final String nameB;
  public final String nameC;

  private CockpitTestData(int year) {
    this.year = year;
    this.nameA = "驾驶舱甲" + year;
    this.nameB = "驾驶舱乙" + year;
    this.nameC = "驾驶舱丙" + year;
  }

  public static CockpitTestData load(
      int year, RegistryFixtures persons, Entitlements entitlements, VisitRecords visits) {
    CockpitTestData d = new CockpitTestData(year);
    long a = persons.person(d.nameA, COMMUNITY_ONE).id();
    long b = persons.person(d.nameB, COMMUNITY_TWO).id();
    long c = persons.person(d.nameC, QINGYANG_COMMUNITY).id();
    replace(
        entitlements,
        YearMonth.of(year, 6),
        dibao(a, "910.00", COMMUNITY_ONE),
        dibao(b, "455.50", COMMUNITY_TWO),
        dibao(c, "860.00", QINGYANG_COMMUNITY));
    replace(
        entitlements,
        YearMonth.of(year, 7),
        dibao(a, "910.00", COMMUNITY_ONE),
        dibao(c, "860.00", QINGYANG_COMMUNITY));
    replace(entitlements, YearMonth.of(year - 1, 6), dibao(a, "800.00", COMMUNITY_ONE));
    visit(visits, a, LocalDate.of(year, 6, 30));
    visit(visits, a, LocalDate.of(year, 7, 1));
    visit(visits, a, LocalDate.of(year, 7, 1));
    return d;
  }

  private static void visit(VisitRecords visits, long person, LocalDate day) {
    visits.record(
        new VisitRecords.Visit(
            person, null, COMMUNITY_ONE, day, "走访员", "生活平稳", null, null, null, null),
        "test");
  }

  private static void replace(Entitlements entitlements, YearMonth month, Entitlement... rows) {
    as(
        staff(CITY, Role.CITY_ADMIN),
        () -> {
          try (EntitlementBatch batch = entitlements.open(Programme.DIBAO, month)) {
            for (Entitlement row : rows) {
              batch.add(row);
            }
            return batch.replaceMonth();
          }
        });
  }
}
