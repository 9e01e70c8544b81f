package cn.minzheng.elderly;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.staff;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.elderly.allowance.MonthlyAllowanceRun;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.database.RowScope;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.testing.RowLevelSecurityTestBase;
import cn.minzheng.testing.UnscopedQueryProbe.RowsInThreeRegions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second layer of data scope on the elderly allowance, home services and modifications (elderly
 * V11): a query that forgot its region filter returns no recipient or case of another street in a
 * street caseworker's request; the allowance month run set off in a street's request still rebuilds
 * the whole city's month.
 */
class ElderlyRowLevelSecurityTest extends RowLevelSecurityTestBase {

  /** A month no other test runs, so that no approved roster locks it. */
  private static final YearMonth MONTH = YearMonth.of(2047, 6);

  @Autowired MonthlyAllowanceRun run;
  @Autowired RegistryFixtures registry;

  ElderlyRowLevelSecurityTest() {
    super(-7_600_000);
  }

  @Test
  void allowanceRecipientsOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery()
      throws Exception {
    var rows =
        new RowsInThreeRegions(
            "elderly.allowance_recipient",
            "person_id",
            allowanceRecipient(COMMUNITY),
            allowanceRecipient(SIBLING_STREET_COMMUNITY),
            allowanceRecipient(SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void homeServiceRecipientsOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery()
      throws Exception {
    var rows =
        new RowsInThreeRegions(
            "elderly.home_service_recipient",
            "person_id",
            homeServiceRecipient(COMMUNITY),
            homeServiceRecipient(SIBLING_STREET_COMMUNITY),
            homeServiceRecipient(SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void modificationCasesOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    var rows =
        new RowsInThreeRegions(
            "elderly.modification_case",
            "id",
            modificationCase(COMMUNITY),
            modificationCase(SIBLING_STREET_COMMUNITY),
            modificationCase(SIBLING_DISTRICT_COMMUNITY));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  @Test
  void aMonthRunInAStreetsRequestRebuildsTheWholeCitysMonth() {
    long own = elder(COMMUNITY);
    long otherDistrict = elder(SIBLING_DISTRICT_COMMUNITY);

    RowScope.bind(dataScope.of(staff(STREET, Role.STREET_CASEWORKER)));
    run.run(MONTH);
    assertThat(paidIn(List.of(own, otherDistrict)))
        .as("the street's row scope holds again after the run")
        .containsOnlyKeys(own);
    RowScope.clear();

    Map<Long, BigDecimal> allowance = paidIn(List.of(own, otherDistrict));
    assertThat(allowance).containsOnlyKeys(own, otherDistrict);
    Map<Long, BigDecimal> entitled =
        jdbc
            .sql(
                """
                select person_id, amount from payments.entitlement
                 where programme = 'GAOLING' and month = :month and person_id = any(:ids)""")
            .param("month", MONTH.atDay(1))
            .param("ids", new Long[] {own, otherDistrict})
            .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(entitled).as("the month handed to payments").isEqualTo(allowance);
    long cityWide =
        jdbc.sql("select count(*) from elderly.allowance_payment where month = :month")
            .param("month", MONTH.atDay(1))
            .query(Long.class)
            .single();
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from payments.entitlement
                     where programme = 'GAOLING' and month = :month""")
                .param("month", MONTH.atDay(1))
                .query(Long.class)
                .single())
        .as("every district's recipients of the month, not the street's alone")
        .isEqualTo(cityWide);
  }

  private Map<Long, BigDecimal> paidIn(List<Long> persons) {
    return jdbc
        .sql(
            """
            select person_id, amount from elderly.allowance_payment
             where month = :month and person_id = any(:ids)""")
        .param("month", MONTH.atDay(1))
        .param("ids", persons.toArray(Long[]::new))
        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** A person of 87 in the month, living in {@code region}. */
  private long elder(String region) {
    return registry
        .person(ElderlyTestData.idNumberBornOn(LocalDate.of(1960, 1, 15)), "行级高龄", region)
        .id();
  }

  private long allowanceRecipient(String region) {
    long person = fakePerson();
    jdbc.sql(
            """
            insert into elderly.allowance_recipient (person_id, first_month, region_code)
            values (:person, date '2046-11-01', :region)""")
        .param("person", person)
        .param("region", region)
        .update();
    return created("elderly.allowance_recipient", "person_id", person);
  }

  private long homeServiceRecipient(String region) {
    long person = fakePerson();
    jdbc.sql(
            """
            insert into elderly.home_service_recipient
                   (person_id, group_code, region_code, enrolled_on, created_by)
            values (:person, (select min(code) from elderly.home_service_group), :region,
                    date '2026-10-01', 'rls-test')""")
        .param("person", person)
        .param("region", region)
        .update();
    return created("elderly.home_service_recipient", "person_id", person);
  }

  private long modificationCase(String region) {
    long id =
        jdbc.sql(
                """
                insert into elderly.modification_case
                       (person_id, region_code, applied_on, created_by)
                values (:person, :region, date '2026-10-01', 'rls-test')
                returning id""")
            .param("person", fakePerson())
            .param("region", region)
            .query(Long.class)
            .single();
    return created("elderly.modification_case", "id", id);
  }
}
