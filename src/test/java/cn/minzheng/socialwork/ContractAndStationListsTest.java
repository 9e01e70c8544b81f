package cn.minzheng.socialwork;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.contracts.ContractState;
import cn.minzheng.socialwork.contracts.ServiceContracts;
import cn.minzheng.socialwork.contracts.ServiceContracts.Contract;
import cn.minzheng.socialwork.contracts.ServiceContracts.ContractFilter;
import cn.minzheng.socialwork.contracts.ServiceContracts.ContractForm;
import cn.minzheng.socialwork.workforce.StationLevel;
import cn.minzheng.socialwork.workforce.Stations;
import cn.minzheng.socialwork.workforce.Stations.StationFilter;
import cn.minzheng.socialwork.workforce.Stations.StationForm;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The contracts and stations lists, paged and filtered the same way on page and API: a contract's
 * state on its first and last day (running on both), after its last day (waiting for the
 * evaluation) and once evaluated; words found in titles with {@code %} taken literally; pages of
 * ten; another street's contracts never listed; stations by level and name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContractAndStationListsTest {

  static final StaffAuthentication STREET_WORKER =
      auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);
  static final StaffAuthentication OTHER_STREET_WORKER =
      auth("510104002000", Role.STREET_CASEWORKER);

  @Autowired ServiceContracts contracts;
  @Autowired Stations stations;
  @Autowired RegionQuery regions;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired DataScope dataScope;

  private final LocalDate today = ChinaTime.today();

  private RegionFilter street() {
    return dataScope.of(RegistryTestData.staff(RegistryTestData.STREET, Role.STREET_CASEWORKER));
  }

  @Test
  void aContractIsRunningFromItsFirstToItsLastDayThenWaitsForItsEvaluation() throws Exception {
    String words = token();
    long upcoming = create(words + "未开始", today.plusDays(1), today.plusYears(1));
    long startsToday = create(words + "今日开始", today, today.plusYears(1));
    long endsToday = create(words + "今日结束", today.minusYears(1), today);
    long ended = create(words + "昨日结束", today.minusYears(1), today.minusDays(1));
    long evaluated = create(words + "已评估", today.minusYears(1), today.minusDays(1));
    contracts.evaluate(contracts.find(evaluated).orElseThrow(), "90", "完成良好", "t");

    assertThat(ids(ContractState.UPCOMING, words)).containsExactly(upcoming);
    assertThat(ids(ContractState.RUNNING, words)).containsExactlyInAnyOrder(startsToday, endsToday);
    assertThat(ids(ContractState.AWAITING_EVALUATION, words)).containsExactly(ended);
    assertThat(ids(ContractState.EVALUATED, words)).containsExactly(evaluated);
    assertThat(ids(null, words)).hasSize(5);

    // the page and the API filter alike
    mvc.perform(
            get("/socialwork/contracts")
                .param("state", "RUNNING")
                .param("q", words)
                .with(authentication(STREET_WORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(words + "今日结束")))
        .andExpect(content().string(Matchers.not(Matchers.containsString(words + "未开始"))));
    mvc.perform(
            get("/api/v1/socialwork/contracts")
                .param("state", "AWAITING_EVALUATION")
                .param("q", words)
                .with(authentication(STREET_WORKER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(ended));
    // another street sees none of them, on the page and in the API
    assertThat(
            contracts
                .page(
                    dataScope.of(RegistryTestData.staff("510104002000", Role.STREET_CASEWORKER)),
                    new ContractFilter(null, words),
                    today,
                    PageQuery.first("starts_on"))
                .total())
        .isZero();
    mvc.perform(
            get("/api/v1/socialwork/contracts")
                .param("q", words)
                .with(authentication(OTHER_STREET_WORKER)))
        .andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void contractsComeInPagesOfTheChosenSizeAndPercentIsTakenLiterally() {
    String words = token();
    for (int i = 1; i <= 12; i++) {
      create(words + "项目" + i, today.minusMonths(1), today.plusMonths(i));
    }

    var second =
        contracts.page(
            street(),
            new ContractFilter(null, words),
            today,
            PageQuery.of(2, 10, "ends_on", "asc", ServiceContracts.SORTS, "starts_on"));
    assertThat(second.total()).isEqualTo(12);
    assertThat(second.items())
        .extracting(Contract::title)
        .containsExactly(words + "项目11", words + "项目12");
    assertThat(
            contracts
                .page(street(), new ContractFilter(null, "%"), today, PageQuery.first("starts_on"))
                .total())
        .isZero();
  }

  @Test
  void stationsAreFilteredByLevelAndNameOnPageAndApi() throws Exception {
    String words = token();
    String community = SocialWorkTestData.freeCommunity(regions, jdbc, RegistryTestData.STREET);
    long station =
        stations.open(
            new StationForm(community, words + "社工室", today.toString(), ""), c -> true, "t");

    assertThat(
            stations
                .page(
                    street(),
                    new StationFilter(StationLevel.COMMUNITY, words),
                    PageQuery.first("region_code"))
                .items())
        .singleElement()
        .satisfies(s -> assertThat(s.id()).isEqualTo(station));
    assertThat(
            stations
                .page(
                    street(),
                    new StationFilter(StationLevel.STREET, words),
                    PageQuery.first("region_code"))
                .total())
        .isZero();
    // by its region code too
    assertThat(
            stations
                .page(street(), new StationFilter(null, community), PageQuery.first("region_code"))
                .total())
        .isEqualTo(1);
    mvc.perform(
            get("/socialwork/stations")
                .param("level", "COMMUNITY")
                .param("q", words)
                .with(authentication(STREET_WORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("station-" + station)))
        .andExpect(content().string(Matchers.containsString("pager-total")));
    mvc.perform(
            get("/api/v1/socialwork/stations")
                .param("level", "COMMUNITY")
                .param("q", words)
                .with(authentication(STREET_WORKER)))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(station));
    mvc.perform(
            get("/api/v1/socialwork/stations")
                .param("q", words)
                .with(authentication(OTHER_STREET_WORKER)))
        .andExpect(jsonPath("$.total").value(0));
  }

  private java.util.List<Long> ids(ContractState state, String words) {
    return contracts
        .page(
            street(),
            new ContractFilter(state, words),
            today,
            PageQuery.of(1, 100, null, null, ServiceContracts.SORTS, "starts_on"))
        .items()
        .stream()
        .map(Contract::id)
        .toList();
  }

  private long create(String title, LocalDate from, LocalDate to) {
    return contracts.create(
        new ContractForm(
            RegistryTestData.STREET,
            SocialWorkTestData.creditCode(),
            title,
            "100000.00",
            from.toString(),
            to.toString(),
            "服务人次",
            "100"),
        c -> true,
        "t");
  }

  private static String token() {
    return "列表" + UUID.randomUUID().toString().substring(0, 6);
  }
}
