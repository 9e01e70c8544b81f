package cn.minzheng.lifeevents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.elderly.ElderlyTestData;
import cn.minzheng.platform.Role;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.registry.Relationship;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey: after a death, the son completes the family's checklist (身后一件事) in the portal on a
 * phone; a street caseworker then opens the deceased's life-event trail from the person's record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AfterDeathBrowserTest extends BrowserTestSupport {

  private static final String PASSWORD = "Secret2026abc";

  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired DevelopmentCodeSender codes;
  @Autowired PasswordEncoder passwords;

  @Test
  void theFamilyCompletesTheChecklistAndStaffSeeTheTrail() throws InterruptedException {
    long father =
        registry
            .person(
                ElderlyTestData.idNumberBornOn(LocalDate.of(1936, 6, 6)),
                "身后父亲",
                RegistryTestData.COMMUNITY)
            .id();
    String sonId = ElderlyTestData.idNumberBornOn(LocalDate.of(1966, 6, 6));
    long son = registry.person(sonId, "身后儿子", RegistryTestData.COMMUNITY).id();
    long household =
        registry.household(RegistryTestData.COMMUNITY, "身后路9号", father, LocalDate.of(2020, 1, 1));
    registry.addMember(household, son, Relationship.SON, LocalDate.of(2020, 1, 1));
    RegistryTestData.as(
        RegistryTestData.auth(RegistryTestData.CITY, Role.CITY_ADMIN),
        () ->
            personCommands.recordDeath(
                father,
                new DeathReport(LocalDate.of(2026, 11, 3), "HEALTH_DEPARTMENT", null, "测试")));
    awaitChecklist(father);

    registerCitizen(codes, sonId, "身后儿子", PASSWORD);
    page.getByTestId("me-after-death").click();
    assertThat(page.getByTestId("checklist")).containsText("身后父亲");
    for (String step : new String[] {"HUKOU", "PENSION", "MEDICAL_INSURANCE", "HOUSING_FUND"}) {
      page.getByTestId("done-" + step).click();
      assertThat(page.getByTestId("status-" + step)).hasText("状态：已办理");
    }
    page.getByTestId("na-DRIVING_LICENCE").click();
    assertThat(page.getByTestId("status-DRIVING_LICENCE")).hasText("状态：不涉及");
    assertThat(page.getByTestId("checklist-complete")).isVisible();
    assertThat(page.content()).doesNotContain(sonId);

    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, RegistryTestData.STREET);
    page.navigate("/registry/persons/" + father);
    page.getByTestId("person-trail-link").click();
    assertThat(page.getByTestId("trail-life-status")).containsText("已故");
    assertThat(page.getByTestId("trail")).containsText("人口和家庭库");
    assertThat(page.getByTestId("trail")).containsText("身后一件事清单");
  }

  private void awaitChecklist(long person) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      long steps =
          jdbc.sql("select count(*) from lifeevents.checklist_step where person_id = ?")
              .param(person)
              .query(Long.class)
              .single();
      if (steps == 5) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the checklist was not opened");
  }
}
