package cn.minzheng.elderly;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.elderly.institution.Institution;
import cn.minzheng.elderly.institution.InstitutionFilings;
import cn.minzheng.elderly.institution.InstitutionQueries;
import cn.minzheng.elderly.institution.NewFiling;
import cn.minzheng.elderly.institution.NewFiling.Premises;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 养老机构备案: the 10-working-day rule, receipt or more materials, publication, scope. */
@SpringBootTest
@AutoConfigureMockMvc
class InstitutionFilingTest {

  @Autowired InstitutionFilings filings;
  @Autowired InstitutionQueries queries;
  @Autowired cn.minzheng.elderly.institution.InstitutionSupervision supervision;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void aFilingMoreThanTenWorkingDaysAfterAdmittingResidentsIsLate() {
    // admitted Monday 2026-06-01: ten working days later is Monday 2026-06-15
    LocalDate admitted = LocalDate.of(2026, 6, 1);
    assertThat(filings.late(admitted, LocalDate.of(2026, 6, 15))).isFalse();
    assertThat(filings.late(admitted, LocalDate.of(2026, 6, 16))).isTrue();
    // admitted Friday 2026-06-05: weekends and 端午节 (Friday 2026-06-19) do not count
    assertThat(filings.deadline(LocalDate.of(2026, 6, 5))).isEqualTo(LocalDate.of(2026, 6, 22));
    assertThat(filings.late(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 22))).isFalse();
    assertThat(filings.late(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 23))).isTrue();
  }

  @Test
  void theFilingPeriodSkipsTheNationalDayHolidayAndCountsTheWorkedSaturday() {
    // admitted Wednesday 2026-09-30; 10-01..10-07 off, Saturday 10-10 worked (调休):
    // 10-08, 10-09, 10-10, 10-12..10-16, 10-19, 10-20
    assertThat(filings.deadline(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 20));
  }

  @Test
  void onlyAFiledInstitutionWithAReceiptIsPublished() {
    long id = file("青松养老院（测试）", RegistryTestData.COMMUNITY);
    assertThat(queries.published()).extracting(Institution::id).doesNotContain(id);

    filings.requestMaterials(id, "请补充消防验收材料", "clerk");
    assertThat(queries.find(id).orElseThrow().status()).isEqualTo("MORE_MATERIALS");
    String receipt = filings.issueReceipt(id, LocalDate.of(2026, 6, 20), "clerk");

    assertThat(receipt).matches("YLBA2026\\d{6}");
    assertThat(queries.published()).extracting(Institution::id).contains(id);
    assertThatThrownBy(() -> filings.issueReceipt(id, LocalDate.of(2026, 6, 21), "clerk"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAFilingWithAWrongCreditCodeOrMoreNursingBedsThanBeds() {
    String good = ElderlyTestData.creditCode();
    String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
    assertThatThrownBy(() -> filings.file(filing("错码", wrongCheck, 10, 5), "clerk"))
        .hasMessageStartingWith("统一社会信用代码");
    assertThatThrownBy(
            () -> filings.file(filing("多床", ElderlyTestData.creditCode(), 10, 11), "clerk"))
        .hasMessageStartingWith("护理型床位");
  }

  @Test
  void inspectionsAreRectifiedAndComplaintsClosedOnTheInstitutionsRecord() throws Exception {
    long id = file("监管测试院", RegistryTestData.COMMUNITY);
    supervision.inspect(id, LocalDate.of(2026, 7, 1), "消防通道堵塞", LocalDate.of(2026, 7, 15), "s");
    supervision.complaint(id, LocalDate.of(2026, 7, 2), "伙食差", "s");
    long inspection = queries.inspections(id).get(0).id();
    assertThatThrownBy(() -> supervision.rectified(id, inspection, LocalDate.of(2026, 6, 30), "s"))
        .hasMessageStartingWith("整改完成");
    supervision.rectified(id, inspection, LocalDate.of(2026, 7, 10), "s");
    supervision.closeComplaint(id, "已约谈整改", "s");

    assertThat(queries.inspections(id).get(0).rectifiedOn()).isEqualTo(LocalDate.of(2026, 7, 10));
    assertThat(queries.openComplaints(id)).isZero();
    assertThatThrownBy(() -> supervision.closeComplaint(id, "再次", "s"))
        .hasMessageContaining("没有未办结的投诉");
    mvc.perform(
            get("/elderly/institutions/" + id)
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isOk());
  }

  @Test
  void anInstitutionOfAnotherDistrictAnswersNotFound() throws Exception {
    long id = file("青羊测试院", RegistryTestData.SIBLING_DISTRICT_COMMUNITY);
    mvc.perform(
            get("/elderly/institutions/" + id)
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/elderly/institutions/" + id)
                .with(authentication(auth(RegistryTestData.CITY, Role.CITY_ADMIN))))
        .andExpect(status().isOk());
  }

  @Test
  void bedsPerThousandRegisteredElderlyIsBedsTimesThousandOverElderlyOfTheDistrict() {
    long id = file("床位测试院", RegistryTestData.COMMUNITY);
    filings.issueReceipt(id, LocalDate.of(2026, 6, 20), "clerk");
    LocalDate today = LocalDate.of(2026, 6, 30);
    long beds =
        jdbc.sql(
                "select sum(total_beds) from elderly.institution where status = 'FILED'"
                    + " and region_code like '510104%'")
            .query(Long.class)
            .single();
    long elderly =
        jdbc.sql(
                "select count(*) from registry.person where life_status = 'ALIVE'"
                    + " and hukou_region_code like '510104%' and birth_date <= '1966-06-30'")
            .query(Long.class)
            .single();

    var jinjiang =
        queries.bedsPerThousand(today).stream()
            .filter(r -> r.districtCode().equals("510104000000"))
            .findFirst()
            .orElseThrow();

    assertThat(jinjiang.beds()).isEqualTo(beds);
    assertThat(jinjiang.elderly()).isEqualTo(elderly);
    if (elderly > 0) {
      assertThat(jinjiang.perThousand().doubleValue())
          .isCloseTo(beds * 1000.0 / elderly, org.assertj.core.data.Offset.offset(0.05));
    }
  }

  private long file(String name, String region) {
    NewFiling f = filing(name, ElderlyTestData.creditCode(), 120, 60);
    return filings.file(
        new NewFiling(
            f.name(),
            f.creditCode(),
            f.address(),
            region,
            f.legalRepresentative(),
            f.premises(),
            f.areaSqm(),
            f.contactPhone(),
            f.totalBeds(),
            f.nursingBeds(),
            true,
            f.admittedOn(),
            f.submittedOn()),
        "clerk");
  }

  private static NewFiling filing(String name, String creditCode, int beds, int nursing) {
    return new NewFiling(
        name,
        creditCode,
        "锦江区测试路8号",
        RegistryTestData.COMMUNITY,
        "王𠮷",
        Premises.LEASED,
        new BigDecimal("3200.5"),
        "028-86000000",
        beds,
        nursing,
        true,
        LocalDate.of(2026, 6, 1),
        LocalDate.of(2026, 6, 8));
  }
}
