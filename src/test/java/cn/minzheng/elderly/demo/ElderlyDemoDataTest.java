package cn.minzheng.elderly.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.elderly.allowance.MonthlyAllowanceRun;
import cn.minzheng.elderly.facility.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo runner (a bean only with minzheng.demo.enabled) run by hand, twice: once only. */
@SpringBootTest
class ElderlyDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired DemoFacilities facilities;
  @Autowired DemoServices services;
  @Autowired MonthlyAllowanceRun allowance;
  @Autowired Places places;
  @Autowired DemoOperator operator;
  @Autowired DemoSilentChecks silent;

  @Test
  void createsFacilitiesCommunityCentresAndInstitutionsOnceOnly() {
    ElderlyDemoData demo =
        new ElderlyDemoData(jdbc, facilities, services, allowance, operator, silent);
    demo.run(null);
    long facilityCount = count("select count(*) from elderly.facility where demo");
    long institutionCount = count("select count(*) from elderly.institution where demo");
    demo.run(null);

    assertThat(facilityCount).isPositive();
    assertThat(count("select count(*) from elderly.facility where demo")).isEqualTo(facilityCount);
    assertThat(count("select count(*) from elderly.institution where demo"))
        .isEqualTo(institutionCount)
        .isGreaterThanOrEqualTo(5);
    // every street has its complex or town centre; the test community has a centre on the map
    assertThat(
            count(
                "select count(*) from elderly.facility where demo and type in"
                    + " ('COMMUNITY_COMPLEX', 'TOWN_CENTRE') and region_code = '510104001000'"))
        .isEqualTo(1);
    assertThat(places.communityCentre("510104001001")).isPresent();
    // the construction programme: each of the three kinds the report names opened at least once in
    // the last half year, with its money; a facility of another kind never counts as new
    for (String type : new String[] {"MEAL_POINT", "DEMENTIA_FRIENDLY", "COMMUNITY_COMPLEX"}) {
      assertThat(
              count(
                  "select count(*) from elderly.facility where demo and type = '"
                      + type
                      + "' and opened_on > current_date - 181 and construction_fund > 0"))
          .as(type)
          .isPositive();
    }
    assertThat(
            count(
                "select count(*) from elderly.facility where demo and type = 'DAY_CARE'"
                    + " and opened_on is not null"))
        .isZero();
    // relief once for every second filed demo institution, not again on the second run
    assertThat(count("select count(*) from elderly.institution_relief_grant where demo"))
        .isEqualTo(
            count(
                "select count(*) from elderly.institution where demo and status = 'FILED'"
                    + " and id % 2 = 0"))
        .isPositive();
    // the demo operator account is bound once, to an online filing waiting for materials
    assertThat(
            count(
                "select count(*) from elderly.institution_operator o join elderly.institution i"
                    + " on i.id = o.institution_id where o.username = 'institution_operator'"
                    + " and i.filed_online and i.region_code like '510104%'"))
        .isEqualTo(1);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
