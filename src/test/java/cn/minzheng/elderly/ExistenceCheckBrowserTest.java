package cn.minzheng.elderly;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Journey: an elderly citizen performs the 生存认证 of the 高龄津贴 in the portal on a phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExistenceCheckBrowserTest extends BrowserTestSupport {

  private static final String PASSWORD = "Secret2026abc";

  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired DevelopmentCodeSender codes;

  @Test
  void anElderlyCitizenVerifiesThatTheyAreAliveWithACodeOnTheirPhone() {
    String idNumber = ElderlyTestData.idNumberBornOn(LocalDate.of(1938, 8, 8));
    long person = registry.person(idNumber, "认证老人", RegistryTestData.COMMUNITY).id();
    String phone = registerCitizen(idNumber);

    page.getByTestId("me-elderly-verification").click();
    page.getByTestId("send-code-" + person).click();
    page.getByTestId("verification-code").fill(codes.latestCodeFor(phone).orElseThrow());
    page.getByTestId("verification-declare").check();
    page.getByTestId("verification-submit").click();

    assertThat(page.getByTestId("verification-done")).isVisible();
    assertThat(page.content()).doesNotContain(idNumber);
    assertThat(
            jdbc.sql("select method from elderly.existence_verification where person_id = ?")
                .param(person)
                .query(String.class)
                .list())
        .containsExactly("SELF");
  }

  @Test
  void anElderlyCitizenVerifiesByFaceAndSeesUntilWhenTheCheckIsValid() {
    String idNumber = ElderlyTestData.idNumberBornOn(LocalDate.of(1937, 9, 9));
    long person = registry.person(idNumber, "认证老人", RegistryTestData.COMMUNITY).id();
    registerCitizen(idNumber);

    page.getByTestId("me-elderly-verification").click();
    assertThat(page.getByTestId("face-stand-in-notice")).isVisible();
    page.getByTestId("face-start-" + person).click();
    assertThat(page.getByTestId("face-stand-in-banner")).containsText("开发环境模拟");
    page.getByTestId("face-simulate-pass").click();

    assertThat(page.getByTestId("verification-done")).isVisible();
    LocalDate validUntil =
        java.time.YearMonth.from(cn.minzheng.shared.ChinaTime.today().plusMonths(6)).atEndOfMonth();
    assertThat(page.getByTestId("valid-until-" + person)).hasText("认证有效期至 " + validUntil);
    assertThat(
            jdbc.sql("select method from elderly.existence_verification where person_id = ?")
                .param(person)
                .query(String.class)
                .list())
        .containsExactly("SELF");
  }

  private String registerCitizen(String idNumber) {
    String phone =
        "136"
            + String.format(Locale.ROOT, "%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    page.navigate("/portal/login");
    page.getByTestId("to-register").click();
    page.getByTestId("register-phone").fill(phone);
    page.getByTestId("send-code").click();
    page.getByTestId("register-code").fill(codes.latestCodeFor(phone).orElseThrow());
    page.getByTestId("register-name").fill("认证老人");
    page.getByTestId("register-idNumber").fill(idNumber);
    page.getByTestId("register-password").fill(PASSWORD);
    page.getByTestId("register-passwordConfirmation").fill(PASSWORD);
    page.getByTestId("register-consent").check();
    page.getByTestId("register-sensitive-consent").check();
    page.getByTestId("register-submit").click();
    assertThat(page).hasURL(Pattern.compile(".*/portal/me.*"));
    return phone;
  }
}
