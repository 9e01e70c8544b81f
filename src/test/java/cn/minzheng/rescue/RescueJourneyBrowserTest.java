package cn.minzheng.rescue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import cn.minzheng.rescue.stations.RescueStations;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey (issue 16): the staff of a rescue station (救助站工作人员, bound to its station) register an
 * unidentified person found in the street, extend the 10-day stay for a special reason, and exit
 * the person to long-term placement; the station's list shows the stay with its temporary number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RescueJourneyBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired RescueStations stations;
  @Autowired PasswordEncoder passwords;

  @Test
  void aStationRegistersAnUnidentifiedPersonExtendsTheStayAndPlacesThem() {
    long station = RescueTestData.station(stations, RescueTestData.JINJIANG);
    String stationName = stations.find(station).orElseThrow().name();
    String username =
        StaffSignIn.signIn(page, jdbc, passwords, Role.RESCUE_STATION, RescueTestData.JINJIANG);
    jdbc.sql(
            "insert into rescue.station_staff (username, station_id, bound_by) values (?, ?, 'test')")
        .params(username, station)
        .update();

    page.onDialog(dialog -> dialog.accept());
    page.navigate("/rescue/intakes/new");
    var form = page.getByTestId("unidentified-form");
    form.locator("textarea[name=description]").fill("男，约65岁，身高约170厘米，灰色棉衣，川南口音");
    form.locator("select[name=sex]").selectOption("MALE");
    form.locator("input[name=estimatedAge]").fill("65");
    // the station's own staff are offered their station only
    assertThat(form.locator("select[name=stationId] option[value='" + station + "']"))
        .hasText(stationName);
    form.locator("select[name=stationId]").selectOption(String.valueOf(station));
    form.locator("input[name=foundPlace]").fill("锦江区春熙路地下通道");
    form.locator("select[name=referredBy]").selectOption("POLICE");
    page.getByTestId("unidentified-submit").click();

    assertThat(page).hasURL(Pattern.compile(".*/rescue/intakes/\\d+$"));
    assertThat(page.getByTestId("intake-message")).containsText("已登记入站");
    assertThat(page.getByTestId("temporary-no")).containsText("LS-");
    String temporaryNo = page.getByTestId("temporary-no").textContent().trim();
    LocalDate today = ChinaTime.today();
    // admitted today (day 1): the 10th day is the limit
    assertThat(page.getByTestId("last-day")).hasText(today.plusDays(9).toString());

    LocalDate until = today.plusDays(30);
    var extension = page.getByTestId("extension-form");
    extension.locator("input[name=until]").fill(until.toString());
    extension.locator("input[name=reason]").fill("住院治疗中，等待DNA比对结果");
    extension.locator("button[type=submit]").click();
    assertThat(page.getByTestId("intake-message")).hasText("已延长救助期限");
    assertThat(page.getByTestId("last-day")).hasText(until + "（已延长）");
    assertThat(page.getByTestId("extensions")).containsText("住院治疗中，等待DNA比对结果");

    var exit = page.getByTestId("exit-form");
    exit.locator("#exit-kind").selectOption("PLACED");
    exit.locator("input[name=institution]").fill("成都市救助安置中心");
    page.getByTestId("exit-submit").click();
    assertThat(page.getByTestId("intake-message")).hasText("已办理离站");
    assertThat(page.getByTestId("intake-state")).containsText("长期安置，" + today + "离站");

    page.navigate("/rescue/intakes?state=EXITED");
    assertThat(page.locator("body")).containsText(temporaryNo);
    assertThat(
            jdbc.sql(
                    "select exit_kind || ' ' || institution from rescue.intake where station_id = ?")
                .param(station)
                .query(String.class)
                .single())
        .isEqualTo("PLACED 成都市救助安置中心");
  }
}
