package cn.minzheng.disability;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.disability.subsidy.MonthlySubsidyRun;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.platform.Role;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import java.time.YearMonth;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The subsidy pages, API and portal page: the street confirms the newly eligible of its own area
 * (another street's person answers 404), the amounts page says which amounts are unconfirmed and is
 * the city administrator's, the person reads the reason of a stop in the portal.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubsidyPagesTest {

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired MonthlySubsidyRun run;
  @Autowired JdbcClient jdbc;

  @Test
  void theStreetConfirmsItsNewlyEligibleAndAnotherStreetGets404() throws Exception {
    long person = disabled("页面确认", RegistryTestData.COMMUNITY);
    long elsewhere = disabled("他街道页面", RegistryTestData.SIBLING_STREET_COMMUNITY);
    run.run(Subsidy.CARE, YearMonth.of(2025, 11));

    var street = auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);
    mvc.perform(get("/disability/subsidies").with(authentication(street)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("页面确认")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("他街道页面"))));
    mvc.perform(
            post("/disability/subsidies/{p}/CARE/confirm", elsewhere)
                .with(authentication(street))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/disability/subsidies/{p}/CARE/confirm", person)
                .with(authentication(street))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(
            jdbc.sql(
                    "select status from disability.recipient where person_id = ?"
                        + " and subsidy = 'CARE'")
                .param(person)
                .query(String.class)
                .single())
        .isEqualTo("CONFIRMED");
    assertThat(SubsidyTestSupport.paid(jdbc, person, "DISABILITY_CARE", "2025-11-01"))
        .as("confirmed months are paid without waiting for the next run")
        .isPresent();
    mvc.perform(
            get("/api/v1/disability/subsidy-recipients/{p}", elsewhere)
                .with(authentication(street)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/disability/subsidy-recipients/{p}", person).with(authentication(street)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.statuses[0].status").value("CONFIRMED"));
  }

  @Test
  void aCommunityWorkerSeesTheListButCannotConfirm() throws Exception {
    long person = disabled("社区不可确认", RegistryTestData.COMMUNITY);
    run.run(Subsidy.CARE, YearMonth.of(2025, 11));
    var community = auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER);
    mvc.perform(get("/disability/subsidies").with(authentication(community)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("确认发放</button>"))));
    mvc.perform(
            post("/disability/subsidies/{p}/CARE/confirm", person)
                .with(authentication(community))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void theAmountsPageSaysWhichAmountsAreUnconfirmedAndIsTheCityAdministrators() throws Exception {
    mvc.perform(
            get("/disability/amounts")
                .with(authentication(auth(RegistryTestData.CITY, Role.CITY_ADMIN))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("未确认")))
        .andExpect(content().string(Matchers.containsString("重度残疾人护理补贴")));
    mvc.perform(
            get("/disability/amounts")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/disability/amounts")
                .param("subsidy", "LIVING")
                .param("grade", "7")
                .param("from", "2046-01")
                .param("amount", "100")
                .with(authentication(auth(RegistryTestData.CITY, Role.CITY_ADMIN)))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("残疾等级为1至4级")));
  }

  @Test
  void thePersonReadsTheReasonOfAStopInThePortal() throws Exception {
    long person = disabled("门户停发", RegistryTestData.COMMUNITY);
    run.run(Subsidy.CARE, YearMonth.of(2026, 1));
    SubsidyTestSupport.asStreet(
        RegistryTestData.STREET,
        () -> {
          newlyEligible.confirm(person, Subsidy.CARE, "test");
          return null;
        });
    personCommands.recordDeath(
        person, new DeathReport(LocalDate.of(2026, 1, 15), "STAFF", null, "测试"));
    SubsidyTestSupport.await(jdbc, () -> true);
    run.run(Subsidy.CARE, YearMonth.of(2026, 2));

    mvc.perform(
            get("/portal/disability")
                .with(authentication(CitizenAuthentication.of(new Citizen(1L, person)))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("本人已死亡（2026-01-15），自2026年2月起停发")))
        .andExpect(content().string(Matchers.containsString("经街道确认符合条件")));
  }

  @Autowired cn.minzheng.disability.subsidy.NewlyEligible newlyEligible;
  @Autowired cn.minzheng.registry.PersonCommands personCommands;

  private long disabled(String name, String community) {
    long id =
        registry
            .disabledPerson(
                name, community, DisabilityCategory.PHYSICAL, 1, LocalDate.of(2021, 3, 3))
            .id();
    SubsidyTestSupport.await(jdbc, () -> SubsidyTestSupport.rated(jdbc, id, 1));
    return id;
  }
}
