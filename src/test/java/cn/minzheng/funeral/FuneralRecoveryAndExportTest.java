package cn.minzheng.funeral;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.funeral.cases.OpenedVia;
import cn.minzheng.funeral.cases.ServiceRecords;
import cn.minzheng.funeral.cases.ServiceRecords.Row;
import cn.minzheng.funeral.cases.SubsidyCases;
import cn.minzheng.funeral.cases.SubsidyCases.Application;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.config.FacilityKind;
import cn.minzheng.funeral.config.Ownership;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics as Excel (the rows of the caller's region only, numbers as numbers) and the 待办 of
 * a paid subsidy whose death was withdrawn: the district sees it until it records the recovery,
 * refused without a note, with a future date, or a second time.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FuneralRecoveryAndExportTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired SubsidyCases cases;
  @Autowired ServiceRecords records;
  @Autowired Facilities facilities;
  @Autowired List<WorkQueueSource> queue;

  @Test
  void theExcelHasTheMonthsFamiliesAndMoneyOfTheCallersDistrictOnly() throws Exception {
    // 2034-05: a month no other test pays in
    payment(RegistryTestData.COMMUNITY, "DIBAO", "1200.00");
    payment(RegistryTestData.SIBLING_STREET_COMMUNITY, "DIBAO", "800.50");
    payment(RegistryTestData.SIBLING_DISTRICT_COMMUNITY, "RESIDENT", "600.00");

    List<List<String>> city = export(auth(RegistryTestData.CITY, Role.AUDITOR));
    assertThat(city.get(0)).containsExactly("月份", "区（市）县", "对象类别", "户数", "金额（元）");
    assertThat(city.subList(1, city.size()))
        .extracting(r -> r.get(0) + "|" + r.get(2) + "|" + r.get(3) + "|" + r.get(4))
        .containsExactly("2034-05|低保对象|2.0|2000.5", "2034-05|本市户籍居民|1.0|600.0");

    List<List<String>> district = export(auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER));
    assertThat(district).hasSize(2);
    assertThat(district.get(1).get(3)).isEqualTo("2.0");

    mvc.perform(
            get("/funeral/statistics/export")
                .param("from", "2034-05")
                .param("to", "2034-05")
                .with(authentication(auth(RegistryTestData.CITY, Role.INSTITUTION_OPERATOR))))
        .andExpect(status().isForbidden());
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_log where action = 'funeral.statistics.export'"
                        + " and target_id = '2034-05..2034-05'")
                .query(Integer.class)
                .single())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aPaidSubsidyOfAWithdrawnDeathIsADistrictTaskUntilTheRecoveryIsRecorded() throws Exception {
    Person p = registry.person("追回待办", RegistryTestData.COMMUNITY);
    Person son = registry.person("追回待办子", RegistryTestData.COMMUNITY);
    as(
        RegistryTestData.COMMUNITY,
        Role.COMMUNITY_WORKER,
        () ->
            personCommands.recordDeath(
                p.id(), new DeathReport(LocalDate.of(2026, 10, 31), "COMMUNITY", null, "测试")));
    long home =
        as(
            RegistryTestData.CITY,
            Role.CITY_ADMIN,
            () ->
                facilities.add(
                    "追回测试殡仪馆" + System.nanoTime(),
                    FacilityKind.FUNERAL_HOME,
                    Ownership.PUBLIC,
                    RegistryTestData.DISTRICT,
                    "测试路9号",
                    "test"));
    as(
        RegistryTestData.CITY,
        Role.CITY_ADMIN,
        () ->
            records.deliver(
                home,
                ServiceRecords.Source.API,
                "rec-" + System.nanoTime(),
                List.of(new Row(1, p.idNumber(), "CREMATION", "2026-11-02", "300")),
                "test"));
    long id =
        as(
            RegistryTestData.STREET,
            Role.STREET_CASEWORKER,
            () ->
                cases.apply(
                    new Application(p.idNumber(), son.idNumber(), "成都银行", "6228480012349999"),
                    OpenedVia.COUNTER,
                    "ustreet_caseworker",
                    code -> true));
    cases.propose(id, "maker");
    cases.approve(id, "checker");
    StaffUser district = RegistryTestData.staff(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER);
    long before = recoveries(district);

    as(
        RegistryTestData.DISTRICT,
        Role.DISTRICT_APPROVER,
        () -> {
          personCommands.withdrawDeath(p.id(), "社区误报");
          return null;
        });
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> cases.find(id).orElseThrow().recoveryOpen());

    assertThat(recoveries(district)).isEqualTo(before + 1);
    assertThat(recoveries(RegistryTestData.staff(RegistryTestData.STREET, Role.STREET_CASEWORKER)))
        .as("the street does not recover what the district approved")
        .isZero();

    var approver = auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER);
    mvc.perform(
            post("/funeral/cases/{id}/recovery", id)
                .param("recoveredOn", "2026-11-20")
                .param("recoveryNote", " ")
                .with(authentication(approver))
                .with(csrf()))
        .andExpect(flash().attribute("error", "追回说明：请填写退款方式或收据号"));
    mvc.perform(
            post("/funeral/cases/{id}/recovery", id)
                .param("recoveredOn", LocalDate.now().plusDays(2).toString())
                .param("recoveryNote", "收据 0001")
                .with(authentication(approver))
                .with(csrf()))
        .andExpect(flash().attribute("error", "追回日期：日期不能晚于今天（" + ChinaTime.today() + "）"));
    mvc.perform(
            post("/funeral/cases/{id}/recovery", id)
                .param("recoveredOn", "2026-11-20")
                .param("recoveryNote", "收据 0001")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER)))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/funeral/cases/{id}/recovery", id)
                .param("recoveredOn", "2026-11-20")
                .param("recoveryNote", "收据 0001")
                .with(authentication(auth("510105000000", Role.DISTRICT_APPROVER)))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/funeral/cases/{id}/recovery", id)
                .param("recoveredOn", "2026-11-20")
                .param("recoveryNote", "收据 0001")
                .with(authentication(approver))
                .with(csrf()))
        .andExpect(flash().attribute("message", "已登记追回"));

    var c = cases.find(id).orElseThrow();
    assertThat(c.recoveredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(c.recoveryNote()).isEqualTo("收据 0001");
    assertThat(recoveries(district)).isEqualTo(before);
    mvc.perform(
            post("/funeral/cases/{id}/recovery", id)
                .param("recoveredOn", "2026-11-21")
                .param("recoveryNote", "again")
                .with(authentication(approver))
                .with(csrf()))
        .andExpect(flash().attribute("error", "该案件没有待追回的补贴"));
  }

  private long recoveries(StaffUser user) {
    return queue.stream()
        .flatMap(q -> q.pendingFor(user).stream())
        .filter(e -> e.kind().equals("funeral.recovery"))
        .mapToLong(WorkQueueSource.WorkQueueEntry::count)
        .sum();
  }

  private List<List<String>> export(cn.minzheng.platform.StaffAuthentication who) throws Exception {
    byte[] body =
        mvc.perform(
                get("/funeral/statistics/export")
                    .param("from", "2034-05")
                    .param("to", "2034-05")
                    .with(authentication(who)))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    List<List<String>> rows = new ArrayList<>();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      Sheet sheet = wb.getSheet("殡葬补贴");
      for (var row : sheet) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.toString()));
        rows.add(cells);
      }
      assertThat(wb.getSheet("告别厅使用")).isNotNull();
    }
    return rows;
  }

  /** A paid case of a person living in {@code community}, paid in 2034-05. */
  private void payment(String community, String group, String amount) {
    Person p = registry.person("统计导出" + group, community);
    long caseId =
        jdbc.sql(
                """
                insert into funeral.subsidy_case (case_no, deceased_person_id, date_of_death,
                       region_code, beneficiary_group, opened_via, state, applicant_person_id)
                values (?, ?, date '2034-04-10', ?, ?, 'DEATH', 'APPROVED', ?) returning id""")
            .params("BZ-EXPORT-" + p.id(), p.id(), community, group, p.id())
            .query(Long.class)
            .single();
    jdbc.sql(
            """
            insert into funeral.subsidy_payment (case_id, deceased_person_id, payee_person_id,
                   pay_month, amount, region_code, case_no)
            values (?, ?, ?, date '2034-05-01', cast(? as numeric), ?, ?)""")
        .params(caseId, p.id(), p.id(), amount, community, "BZ-EXPORT-" + p.id())
        .update();
  }

  private static <T> T as(String region, Role role, java.util.function.Supplier<T> work) {
    return RegistryTestData.as(auth(region, role), work);
  }
}
