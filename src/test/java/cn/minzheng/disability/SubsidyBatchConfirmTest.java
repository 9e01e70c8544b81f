package cn.minzheng.disability;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.disability.subsidy.MonthlySubsidyRun;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
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
import org.springframework.test.web.servlet.ResultActions;

/**
 * 批量确认 of the newly eligible: the street ticks rows and confirms them at once, all in one
 * transaction: one row already decided, or one outside the street, and none is confirmed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubsidyBatchConfirmTest {

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired MonthlySubsidyRun run;
  @Autowired JdbcClient jdbc;

  private final StaffAuthentication street = auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);

  @Test
  void theTickedRowsAreConfirmedAndTheOthersWait() throws Exception {
    long a = disabled("批量甲", RegistryTestData.COMMUNITY);
    long b = disabled("批量乙", RegistryTestData.COMMUNITY);
    long c = disabled("批量丙", RegistryTestData.COMMUNITY);
    run.run(Subsidy.CARE, YearMonth.of(2025, 11));

    mvc.perform(get("/disability/subsidies").param("size", "100").with(authentication(street)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("data-testid=\"batch-form\"")))
        .andExpect(content().string(Matchers.containsString("value=\"" + a + ":CARE\"")));
    batch(a + ":CARE", b + ":CARE")
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", "已批量确认 2 人次，自符合条件之月起发放"));

    assertThat(recipientStatus(a)).isEqualTo("CONFIRMED");
    assertThat(recipientStatus(b)).isEqualTo("CONFIRMED");
    assertThat(recipientStatus(c)).isEqualTo("PENDING");
    assertThat(SubsidyTestSupport.paid(jdbc, a, "DISABILITY_CARE", "2025-11-01")).isPresent();
  }

  @Test
  void oneRowAlreadyDecidedLeavesTheWholeBatchUnconfirmed() throws Exception {
    long d = disabled("批量丁", RegistryTestData.COMMUNITY);
    long e = disabled("批量戊", RegistryTestData.COMMUNITY);
    run.run(Subsidy.CARE, YearMonth.of(2025, 11));
    mvc.perform(
            post("/disability/subsidies/{p}/CARE/confirm", e)
                .with(authentication(street))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    batch(d + ":CARE", e + ":CARE")
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash()
                .attribute(
                    "error",
                    Matchers.allOf(
                        Matchers.containsString("批量戊"), Matchers.containsString("本批未确认任何人"))));
    assertThat(recipientStatus(d)).isEqualTo("PENDING");
  }

  @Test
  void aRowOfAnotherStreetIsNotFoundAndNothingIsConfirmed() throws Exception {
    long f = disabled("批量己", RegistryTestData.COMMUNITY);
    long elsewhere = disabled("批量他街", RegistryTestData.SIBLING_STREET_COMMUNITY);
    run.run(Subsidy.CARE, YearMonth.of(2025, 11));

    batch(f + ":CARE", elsewhere + ":CARE").andExpect(status().isNotFound());
    assertThat(recipientStatus(f)).isEqualTo("PENDING");
    assertThat(recipientStatus(elsewhere)).isEqualTo("PENDING");
    batch().andExpect(flash().attribute("error", "请先勾选要确认的人员"));
    mvc.perform(
            post("/disability/subsidies/confirm-selected")
                .param("selected", f + ":CARE")
                .with(authentication(auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER)))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  private ResultActions batch(String... selected) throws Exception {
    var request =
        post("/disability/subsidies/confirm-selected").with(authentication(street)).with(csrf());
    for (String s : selected) {
      request.param("selected", s);
    }
    return mvc.perform(request);
  }

  private String recipientStatus(long person) {
    return jdbc.sql(
            "select status from disability.recipient where person_id = ? and subsidy = 'CARE'")
        .param(person)
        .query(String.class)
        .single();
  }

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
