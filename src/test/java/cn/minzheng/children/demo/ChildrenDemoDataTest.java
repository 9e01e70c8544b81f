package cn.minzheng.children.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.children.ChildrenTestData;
import cn.minzheng.children.allowance.ChildAllowanceRun;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.RegistryTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo runner (a bean only with minzheng.demo.enabled) run by hand, twice: once only. */
@SpringBootTest
class ChildrenDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired ChildAllowanceRun run;
  @Autowired RegionQuery regions;
  @Autowired ChildrenTestData data;

  @Test
  void createsPaidCasesAndTheNetworkWithAFewGapsOnceOnly() {
    // a minor without a case, whichever tests ran before
    data.child(java.time.LocalDate.of(2016, 10, 10), RegistryTestData.COMMUNITY);
    ChildrenDemoData demo = new ChildrenDemoData(jdbc, run, regions);
    demo.run(null);
    long cases = count("select count(*) from children.allowance_case where filed_by = 'demo'");
    long units = count("select count(*) from children.network_unit where updated_by = 'demo'");
    demo.run(null);

    assertThat(cases).isPositive().isLessThanOrEqualTo(27);
    assertThat(count("select count(*) from children.allowance_case where filed_by = 'demo'"))
        .isEqualTo(cases);
    assertThat(count("select count(*) from children.network_unit where updated_by = 'demo'"))
        .isEqualTo(units);
    assertThat(
            count(
                "select count(*) from children.network_unit where updated_by = 'demo'"
                    + " and kind = 'CENTRE'"))
        .isEqualTo(17);
    assertThat(
            count(
                "select count(*) from children.network_unit where updated_by = 'demo'"
                    + " and kind = 'POINT' and director_name is null"))
        .isPositive();
    assertThat(
            count(
                "select count(*) from payments.entitlement e join children.allowance_case c"
                    + " on c.child_person_id = e.person_id where c.filed_by = 'demo'"))
        .isGreaterThanOrEqualTo(cases * 7);
  }

  @Autowired cn.minzheng.children.care.CareProgramme programme;
  @Autowired cn.minzheng.children.care.ScreeningImports imports;
  @Autowired cn.minzheng.platform.FieldCipher cipher;

  @Test
  void createsACareProgrammeRoundWithImportedSchoolsOnceOnly() {
    data.child(java.time.LocalDate.now().minusYears(9), RegistryTestData.COMMUNITY);
    new ChildrenDemoData(jdbc, run, regions).run(null);
    CareDemoData demo = new CareDemoData(jdbc, programme, imports, cipher, regions);
    demo.run(null);
    long schools = count("select count(*) from children.school where updated_by = 'demo'");
    long pupils =
        count(
            "select count(*) from children.screening_pupil p join children.screening_import i"
                + " on i.id = p.import_id where i.imported_by = 'demo'");
    demo.run(null);

    assertThat(schools).isPositive().isLessThanOrEqualTo(CareDemoData.SCHOOLS);
    assertThat(count("select count(*) from children.school where updated_by = 'demo'"))
        .isEqualTo(schools);
    assertThat(
            count(
                "select count(*) from children.screening_import where imported_by = 'demo'"
                    + " and state = 'IMPORTED'"))
        .isEqualTo(Math.min(schools, CareDemoData.IMPORTED));
    // every imported school has at least its ten pupils without an ID number
    assertThat(pupils).isGreaterThanOrEqualTo(10L * Math.min(schools, CareDemoData.IMPORTED));
    assertThat(
            count(
                "select count(*) from children.screening_pupil p join children.screening_import i"
                    + " on i.id = p.import_id where i.imported_by = 'demo'"))
        .isEqualTo(pupils);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
