package cn.minzheng.elderly;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.cockpit.FigureRecord;
import cn.minzheng.cockpit.Period;
import cn.minzheng.cockpit.headline.FigureRow;
import cn.minzheng.cockpit.headline.Figures;
import cn.minzheng.cockpit.headline.Headline;
import cn.minzheng.elderly.facility.Facilities;
import cn.minzheng.elderly.facility.Facilities.NewFacility;
import cn.minzheng.elderly.facility.FacilityType;
import cn.minzheng.elderly.facility.GeoPoint;
import cn.minzheng.elderly.institution.InstitutionFilings;
import cn.minzheng.elderly.institution.NewFiling;
import cn.minzheng.elderly.institution.NewFiling.Premises;
import cn.minzheng.elderly.institution.ReliefGrants;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cockpit's two elderly rows that had no data (新建养老设施, 养老机构纾困资金), counted from the facilities'
 * opening days and the relief grants of a year of their own (2153): values against an independent
 * count and by hand, the half-year edge (30 June in H1, 1 July in H2), a district's subtree, and
 * the grant's rules on the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewFacilitiesAndReliefFiguresTest {

  static final int YEAR = 2153;
  static final String CITY = "510100000000";
  static final String JINJIANG = "510104000000";
  static final String QINGYANG = "510105000000";

  private static long jinjiangInstitution;
  private static long qingyangInstitution;

  @Autowired Facilities facilities;
  @Autowired InstitutionFilings filings;
  @Autowired ReliefGrants relief;
  @Autowired Figures figures;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  private final Period firstHalf = new Period(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 6, 30));
  private final Period secondHalf =
      new Period(LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 12, 31));

  @BeforeEach
  void dataSet() {
    synchronized (NewFacilitiesAndReliefFiguresTest.class) {
      if (jinjiangInstitution != 0) {
        return;
      }
      opened(FacilityType.MEAL_POINT, RegistryTestData.COMMUNITY, day(1, 10), "500000.00");
      // the last day of the half year
      opened(FacilityType.DEMENTIA_FRIENDLY, RegistryTestData.COMMUNITY, day(6, 30), "300000.00");
      opened(FacilityType.MEAL_POINT, RegistryTestData.SIBLING_DISTRICT_COMMUNITY, day(3, 3), null);
      // the first day of the second half
      opened(FacilityType.COMMUNITY_COMPLEX, RegistryTestData.COMMUNITY, day(7, 1), "2000000.00");
      // opened when? not known: never new
      facilities.add(
          new NewFacility(
              FacilityType.MEAL_POINT,
              "开办日期不详的助餐点",
              RegistryTestData.COMMUNITY,
              "测试路1号",
              new GeoPoint(30.65, 104.08),
              20,
              null,
              null),
          "test");

      jinjiangInstitution = filed("纾困测试锦江养老院", RegistryTestData.COMMUNITY);
      qingyangInstitution = filed("纾困测试青羊养老院", RegistryTestData.SIBLING_DISTRICT_COMMUNITY);
      relief.grant(jinjiangInstitution, day(3, 1), new BigDecimal("100000.00"), "疫情纾困", "test");
      relief.grant(jinjiangInstitution, day(6, 30), new BigDecimal("50000.50"), "运营补助", "test");
      relief.grant(qingyangInstitution, day(6, 1), new BigDecimal("80000.00"), "疫情纾困", "test");
      relief.grant(qingyangInstitution, day(7, 1), new BigDecimal("20000.00"), "疫情纾困", "test");
    }
  }

  @Test
  void newFacilitiesEqualAnIndependentCountOfTheFacilitiesOpenedInThePeriod() {
    Headline h = figures.headline(firstHalf, CITY);

    long opened =
        jdbc.sql("select count(*) from elderly.facility where opened_on between ? and ?")
            .params(firstHalf.from(), firstHalf.to())
            .query(Long.class)
            .single();
    BigDecimal funds =
        jdbc.sql(
                "select sum(construction_fund) from elderly.facility"
                    + " where opened_on between ? and ?")
            .params(firstHalf.from(), firstHalf.to())
            .query(BigDecimal.class)
            .single();
    assertThat(value(h, "new-facilities")).isEqualByComparingTo(BigDecimal.valueOf(opened));
    assertThat(value(h, "new-facility-funds")).isEqualByComparingTo(funds);
    // by hand: two meal points (one in Qingyang) and a dementia-friendly community opened on
    // 30 June; the complex opened on 1 July and the meal point of unknown opening are not new
    assertThat(value(h, "new-facilities")).isEqualByComparingTo("3");
    assertThat(value(h, "new-meal-points")).isEqualByComparingTo("2");
    assertThat(value(h, "new-dementia-friendly")).isEqualByComparingTo("1");
    assertThat(value(h, "new-community-complexes")).isEqualByComparingTo("0");
    assertThat(value(h, "new-facility-funds")).isEqualByComparingTo("800000.00");

    Headline second = figures.headline(secondHalf, CITY);
    assertThat(value(second, "new-facilities")).isEqualByComparingTo("1");
    assertThat(value(second, "new-community-complexes")).isEqualByComparingTo("1");
    assertThat(value(second, "new-facility-funds")).isEqualByComparingTo("2000000.00");
  }

  @Test
  void reliefFundsEqualAnIndependentSumOfTheGrantsOfThePeriod() {
    Headline h = figures.headline(firstHalf, CITY);

    BigDecimal granted =
        jdbc.sql(
                "select sum(amount) from elderly.institution_relief_grant"
                    + " where granted_on between ? and ?")
            .params(firstHalf.from(), firstHalf.to())
            .query(BigDecimal.class)
            .single();
    assertThat(value(h, "institution-relief-money")).isEqualByComparingTo(granted);
    // by hand: 100,000.00 + 50,000.50 (30 June) + 80,000.00; 1 July belongs to the second half
    assertThat(value(h, "institution-relief-money")).isEqualByComparingTo("230000.50");
    assertThat(value(h, "institution-relief-count")).isEqualByComparingTo("2");
    assertThat(value(figures.headline(secondHalf, CITY), "institution-relief-money"))
        .isEqualByComparingTo("20000.00");
  }

  @Test
  void aDistrictCountsOnlyItsOwnFacilitiesAndGrants() {
    Headline jinjiang = figures.headline(firstHalf, JINJIANG);
    Headline qingyang = figures.headline(firstHalf, QINGYANG);

    assertThat(value(jinjiang, "new-facilities")).isEqualByComparingTo("2");
    assertThat(value(qingyang, "new-facilities")).isEqualByComparingTo("1");
    assertThat(value(jinjiang, "institution-relief-money")).isEqualByComparingTo("150000.50");
    assertThat(value(qingyang, "institution-relief-money")).isEqualByComparingTo("80000.00");
  }

  @Test
  void theRecordsBehindTheFiguresAreTheFacilitiesAndTheGrants() {
    var opened = figures.records("new-facilities", firstHalf, JINJIANG, PageQuery.first("default"));
    assertThat(opened.total()).isEqualTo(2);
    assertThat(opened.items())
        .extracting(FigureRecord::detail)
        .anySatisfy(d -> assertThat(d).startsWith("认知症友好社区"));

    var grants =
        figures.records(
            "institution-relief-money", firstHalf, JINJIANG, PageQuery.first("default"));
    assertThat(grants.total()).isEqualTo(2);
    assertThat(grants.items()).extracting(FigureRecord::name).containsOnly("纾困测试锦江养老院");
  }

  @Test
  void aGrantNeedsAPositiveAmountInYuanAPurposeAndAFiledInstitution() {
    assertThatThrownBy(
            () -> relief.grant(jinjiangInstitution, day(2, 1), BigDecimal.ZERO, "用途", "test"))
        .hasMessageStartingWith("纾困资金金额：");
    assertThatThrownBy(
            () ->
                relief.grant(
                    jinjiangInstitution, day(2, 1), new BigDecimal("100.005"), "用途", "test"))
        .hasMessageStartingWith("纾困资金金额：");
    assertThatThrownBy(
            () ->
                relief.grant(
                    jinjiangInstitution, day(2, 1), new BigDecimal("10000000.01"), "用途", "test"))
        .hasMessageContaining("1,000万元");
    assertThatThrownBy(
            () -> relief.grant(jinjiangInstitution, day(2, 1), BigDecimal.TEN, " ", "test"))
        .hasMessageStartingWith("资金用途：");
    long notFiled = filings.file(filing("未备案的养老院", RegistryTestData.COMMUNITY), "test");
    assertThatThrownBy(() -> relief.grant(notFiled, day(2, 1), BigDecimal.TEN, "用途", "test"))
        .hasMessageStartingWith("养老机构：");
    assertThat(relief.of(notFiled)).isEmpty();
  }

  @Test
  void theDistrictGrantsOnTheInstitutionsPageAndAStreetCannot() throws Exception {
    long id = filed("页面纾困养老院", RegistryTestData.COMMUNITY);
    String today = cn.minzheng.shared.ChinaTime.today().toString();

    mvc.perform(
            post("/elderly/institutions/" + id + "/relief")
                .param("amount", "12,345.60")
                .param("grantedOn", today)
                .param("note", "运营补贴")
                .with(csrf())
                .with(authentication(auth(JINJIANG, Role.DISTRICT_APPROVER))))
        .andExpect(status().is3xxRedirection());
    assertThat(relief.of(id))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.amount()).isEqualByComparingTo("12345.60");
              assertThat(g.purpose()).isEqualTo("运营补贴");
            });
    mvc.perform(
            get("/elderly/institutions/" + id)
                .with(authentication(auth(JINJIANG, Role.DISTRICT_APPROVER))))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("12,345.60")));

    // a date in the future is refused naming the field, nothing written
    mvc.perform(
            post("/elderly/institutions/" + id + "/relief")
                .param("amount", "100")
                .param("grantedOn", "2999-01-01")
                .param("note", "运营补贴")
                .with(csrf())
                .with(authentication(auth(JINJIANG, Role.DISTRICT_APPROVER))))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("拨付日期：")));
    mvc.perform(
            post("/elderly/institutions/" + id + "/relief")
                .param("amount", "一万")
                .param("grantedOn", today)
                .param("note", "运营补贴")
                .with(csrf())
                .with(authentication(auth(JINJIANG, Role.DISTRICT_APPROVER))))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("纾困资金金额：")));
    assertThat(relief.of(id)).hasSize(1);

    // money is the bureau's: a street caseworker is refused; another district sees no institution
    mvc.perform(
            post("/elderly/institutions/" + id + "/relief")
                .param("amount", "100")
                .param("grantedOn", today)
                .param("note", "运营补贴")
                .with(csrf())
                .with(authentication(auth(RegistryTestData.COMMUNITY, Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/elderly/institutions/" + id + "/relief")
                .param("amount", "100")
                .param("grantedOn", today)
                .param("note", "运营补贴")
                .with(csrf())
                .with(authentication(auth(QINGYANG, Role.DISTRICT_APPROVER))))
        .andExpect(status().isNotFound());
    assertThat(relief.of(id)).hasSize(1);
  }

  private void opened(FacilityType type, String community, LocalDate on, String fund) {
    facilities.add(
        new NewFacility(
            type,
            "新建" + type.label() + on,
            community,
            "测试路" + on.getDayOfYear() + "号",
            new GeoPoint(30.65, 104.08),
            30,
            null,
            null,
            on,
            fund == null ? null : new BigDecimal(fund)),
        "test");
  }

  private long filed(String name, String community) {
    long id = filings.file(filing(name, community), "test");
    filings.issueReceipt(id, LocalDate.of(2026, 6, 20), "test");
    return id;
  }

  private static NewFiling filing(String name, String community) {
    return new NewFiling(
        name,
        ElderlyTestData.creditCode(),
        "测试路8号",
        community,
        "王𠮷",
        Premises.LEASED,
        new BigDecimal("3200.5"),
        "028-86000000",
        100,
        50,
        true,
        LocalDate.of(2026, 6, 1),
        LocalDate.of(2026, 6, 8));
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(YEAR, month, day);
  }

  private static BigDecimal value(Headline h, String code) {
    return h.rows().stream()
        .filter(r -> r.spec().code().equals(code))
        .findFirst()
        .map(FigureRow::value)
        .orElseThrow();
  }
}
