package cn.minzheng.payments;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.DISTRICT;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.registry.RegistryTestData.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.payments.domain.RosterExceptions;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.database.RowScope;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.testing.RowLevelSecurityTestBase;
import cn.minzheng.testing.UnscopedQueryProbe.RowsInThreeRegions;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second layer of data scope on the payments engine (payments V13): a query that forgot its
 * region filter returns no entitlement or adjustment of another street in a street caseworker's
 * request; a programme month replaced in a street's request (a street's confirmation that
 * recomputes the month) is still the whole city's set.
 */
class PaymentsRowLevelSecurityTest extends RowLevelSecurityTestBase {

  /** Months no other test uses, so that no approved roster locks them. */
  private static final YearMonth PROBED = YearMonth.of(2047, 11);

  private static final YearMonth REPLACED = YearMonth.of(2047, 12);

  private static final YearMonth ROSTERED = YearMonth.of(2047, 10);

  private static final YearMonth MOVED = YearMonth.of(2047, 9);

  @Autowired Entitlements entitlements;
  @Autowired RosterExceptions exceptions;

  PaymentsRowLevelSecurityTest() {
    super(-8_000_000, "payments.roster id");
  }

  @Test
  void entitlementsOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    var rows =
        new RowsInThreeRegions(
            "payments.entitlement",
            "person_id",
            entitlement(COMMUNITY),
            entitlement(SIBLING_STREET_COMMUNITY),
            entitlement(SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void adjustmentsOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    var rows =
        new RowsInThreeRegions(
            "payments.adjustment",
            "person_id",
            adjustment(COMMUNITY),
            adjustment(SIBLING_STREET_COMMUNITY),
            adjustment(SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void rosterLinesOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    long roster = roster(Programme.GAOLING);
    var rows =
        new RowsInThreeRegions(
            "payments.roster_line",
            "id",
            line(roster, COMMUNITY),
            line(roster, SIBLING_STREET_COMMUNITY),
            line(roster, SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void aRosterWhoseLinesTheCallerCannotSeeIsStillNotDeletedWhileLinesPointAtIt() {
    long roster = roster(Programme.DIBAO);
    line(roster, SIBLING_STREET_COMMUNITY);
    line(roster, SIBLING_DISTRICT_COMMUNITY);

    RowScope.bind(dataScope.of(staff(STREET, Role.STREET_CASEWORKER)));
    assertThat(
            jdbc.sql("select count(*) from payments.roster_line where roster_id = :r")
                .param("r", roster)
                .query(Long.class)
                .single())
        .as("the street sees none of the roster's lines")
        .isZero();
    assertThatThrownBy(
            () -> jdbc.sql("delete from payments.roster where id = :r").param("r", roster).update())
        .rootCause()
        .hasMessageContaining("still has lines");
  }

  @Test
  void aPayeeWhoMovedToAnotherDistrictIsNotCountedAsDroppedInTheDistrictsRoster() {
    long moved = fakePerson();
    long stopped = fakePerson();
    entitlement(moved, MOVED.minusMonths(1), COMMUNITY);
    entitlement(stopped, MOVED.minusMonths(1), COMMUNITY);
    entitlement(moved, MOVED, SIBLING_DISTRICT_COMMUNITY);
    long roster = roster(Programme.DIBAO, MOVED);
    line(roster, COMMUNITY);

    RowScope.bind(dataScope.of(staff(DISTRICT, Role.DISTRICT_APPROVER)));
    RosterExceptions.Summary summary =
        RegistryTestData.as(auth(DISTRICT, Role.DISTRICT_APPROVER), () -> exceptions.of(roster));
    assertThat(summary.dropped()).as("only the payee whose payment stopped").isOne();
    assertThat(summary.droppedShown())
        .extracting(RosterExceptions.DroppedPayee::personId)
        .containsExactly(stopped);
  }

  @Test
  void aMonthReplacedInAStreetsRequestIsTheWholeCitysSet() {
    long own = fakePerson();
    long sibling = fakePerson();
    long otherDistrict = fakePerson();
    String threeRows =
        """
        select v.person_id, v.amount, '行级测试', v.region_code, 'RLS'
          from (values (?::bigint, 120.00::numeric, ?::text), (?::bigint, 80.50::numeric, ?::text),
                       (?::bigint, 99.50::numeric, ?::text)) v(person_id, amount, region_code)""";

    RowScope.bind(dataScope.of(staff(STREET, Role.STREET_CASEWORKER)));
    MonthReplaced first =
        entitlements.replaceMonthFrom(
            Programme.GAOLING,
            REPLACED,
            threeRows,
            own,
            COMMUNITY,
            sibling,
            SIBLING_STREET_COMMUNITY,
            otherDistrict,
            SIBLING_DISTRICT_COMMUNITY);
    assertThat(first.people()).isEqualTo(3);
    assertThat(first.total()).isEqualByComparingTo(new BigDecimal("300.00"));
    assertThat(entitledIn(List.of(own, sibling, otherDistrict)))
        .as("the street's row scope holds again after the replacement")
        .isOne();

    MonthReplaced second =
        entitlements.replaceMonthFrom(
            Programme.GAOLING,
            REPLACED,
            "select * from (" + threeRows + ") q where q.person_id <> ?",
            own,
            COMMUNITY,
            sibling,
            SIBLING_STREET_COMMUNITY,
            otherDistrict,
            SIBLING_DISTRICT_COMMUNITY,
            sibling);
    assertThat(second.removed())
        .as("the other street's person, outside the caller's scope")
        .isOne();
    assertThat(second.people()).isEqualTo(2);
    assertThat(second.total()).isEqualByComparingTo(new BigDecimal("219.50"));
    RowScope.clear();

    assertThat(entitledIn(List.of(own, sibling, otherDistrict))).isEqualTo(2);
    entitlements.replaceMonthFrom(
        Programme.GAOLING,
        REPLACED,
        threeRows + " where false",
        own,
        COMMUNITY,
        sibling,
        SIBLING_STREET_COMMUNITY,
        otherDistrict,
        SIBLING_DISTRICT_COMMUNITY);
  }

  private long roster(Programme programme) {
    return roster(programme, ROSTERED);
  }

  /** A draft roster of the district for a month no other test uses. */
  private long roster(Programme programme, YearMonth month) {
    long id =
        jdbc.sql(
                """
                insert into payments.roster (programme, month, district_code, made_by_id, made_by,
                       made_at)
                values (:programme, :month, :district, -1, 'rls-test', now())
                returning id""")
            .param("programme", programme.name())
            .param("month", month.atDay(1))
            .param("district", DISTRICT)
            .query(Long.class)
            .single();
    created("payments.roster_line", "roster_id", id);
    return created("payments.roster", "id", id);
  }

  private long line(long roster, String region) {
    return jdbc.sql(
            """
            insert into payments.roster_line (roster_id, person_id, region_code, amount, kind)
            values (:roster, :person, :region, 100.00, 'REGULAR')
            returning id""")
        .param("roster", roster)
        .param("person", fakePerson())
        .param("region", region)
        .query(Long.class)
        .single();
  }

  private long entitledIn(List<Long> persons) {
    return jdbc.sql(
            """
            select count(*) from payments.entitlement
             where programme = 'GAOLING' and month = :month and person_id = any(:ids)""")
        .param("month", REPLACED.atDay(1))
        .param("ids", persons.toArray(Long[]::new))
        .query(Long.class)
        .single();
  }

  private long entitlement(String region) {
    return entitlement(fakePerson(), PROBED, region);
  }

  private long entitlement(long person, YearMonth month, String region) {
    jdbc.sql(
            """
            insert into payments.entitlement (person_id, programme, month, amount, basis,
                   region_code)
            values (:person, :programme, :month, 100.00, '行级测试', :region)""")
        .param("person", person)
        .param("programme", month.equals(PROBED) ? "GAOLING" : "DIBAO")
        .param("month", month.atDay(1))
        .param("region", region)
        .update();
    return created("payments.entitlement", "person_id", person);
  }

  private long adjustment(String region) {
    long person = fakePerson();
    jdbc.sql(
            """
            insert into payments.adjustment (person_id, programme, for_month, pay_month, amount,
                   reason, region_code, created_by)
            values (:person, 'GAOLING', :forMonth, :payMonth, 50.00, '行级测试', :region,
                    'rls-test')""")
        .param("person", person)
        .param("forMonth", PROBED.atDay(1))
        .param("payMonth", PROBED.plusMonths(1).atDay(1))
        .param("region", region)
        .update();
    return created("payments.adjustment", "person_id", person);
  }
}
