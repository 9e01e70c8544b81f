package cn.minzheng.socialwork;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.workforce.SocialWorkers;
import cn.minzheng.socialwork.workforce.SocialWorkers.WorkerForm;
import cn.minzheng.socialwork.workforce.Stations;
import cn.minzheng.socialwork.workforce.Stations.StationForm;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey: street staff open their community's station, record a care service with a double click
 * (one service results) and see the person counted in the month.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StationServiceBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired RegionQuery regions;
  @Autowired RegistryFixtures registry;
  @Autowired Stations stations;
  @Autowired SocialWorkers workers;

  @Test
  void aStationRecordsAServiceOnceAndCountsThePersonInTheMonth() {
    String community = SocialWorkTestData.freeCommunity(regions, jdbc, RegistryTestData.STREET);
    Person served = registry.person("浏览器服务对象", community);
    Person socialWorker = registry.person("浏览器社工", community);
    long station =
        stations.open(new StationForm(community, "浏览器社工室", "2024-01-01", ""), c -> true, "t");
    long worker =
        workers.register(
            new WorkerForm(
                socialWorker.idNumber(),
                "ASSISTANT",
                SocialWorkTestData.certificateNumber(),
                "2021",
                "",
                community),
            c -> true,
            "t");
    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, RegistryTestData.STREET);

    page.navigate("/socialwork/stations");
    page.locator("#level").selectOption("COMMUNITY");
    page.locator("#q").fill("浏览器社工室");
    page.getByTestId("station-filter-submit").click();
    page.getByTestId("station-" + station).click();
    page.locator("#idNumber").fill(served.idNumber());
    page.locator("#workerId").selectOption("" + worker);
    page.locator("#serviceType").selectOption("COUNSELLING");
    page.locator("#minutes").fill("50");
    page.locator("#content").fill("心理疏导，约定下次走访");
    page.getByTestId("service-save").dblclick();

    assertThat(page.getByTestId("service-message")).containsText("已记录服务");
    String month = YearMonth.from(ChinaTime.today()).toString();
    assertThat(page.getByTestId("month-" + month)).containsText("50");
    assertThat(
            jdbc.sql("select count(*) from socialwork.service_record where person_id = ?")
                .param(served.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
