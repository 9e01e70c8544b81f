package cn.minzheng.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.RegistryFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in, lockout, what a citizen sees, and what a citizen's session can never reach. */
@SpringBootTest
@AutoConfigureMockMvc
class CitizenSessionTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired DevelopmentCodeSender sender;
  @Autowired RegistryFixtures registry;

  /** A registered citizen: person, phone. */
  private record Registered(RegistryFixtures.Person person, String phone) {}

  private Registered registered(String name) throws Exception {
    var person = registry.person(name, "510104001001");
    String phone = PortalClient.newPhone();
    PortalClient browser = new PortalClient(mvc);
    browser.requestCode(phone);
    browser.register(name, person.idNumber(), sender.latestCodeFor(phone).orElseThrow());
    return new Registered(person, phone);
  }

  private PortalClient signedIn(String username) throws Exception {
    PortalClient browser = new PortalClient(mvc);
    assertThat(browser.signIn(username, PortalClient.PASSWORD).getRedirectedUrl())
        .isEqualTo("/portal/me");
    return browser;
  }

  @Test
  void signsInWithPhoneOrIdNumberAndShowsOnlyTheOwnRecord() throws Exception {
    Registered citizen = registered("郑海涛");
    var neighbour = registry.person("冯雪梅", "510104001001");
    var spouse = registry.person("韩丽娟", "510104001001");
    registry.household("510104001001", citizen.person(), spouse);
    String id = citizen.person().idNumber();

    for (String username : new String[] {citizen.phone(), id.toLowerCase()}) {
      String page = signedIn(username).get("/portal/me").getContentAsString();
      assertThat(page).contains("郑海涛").contains(id.substring(0, 6) + "********" + id.substring(14));
      assertThat(page).doesNotContain(id).doesNotContain(spouse.idNumber());
      assertThat(page).contains("韩丽娟").contains("配偶");
      assertThat(page).doesNotContain("冯雪梅").doesNotContain(neighbour.idNumber());
    }
  }

  @Test
  void fiveWrongPasswordsHoldThatAddressOffButNotTheOwnerElsewhere() throws Exception {
    Registered citizen = registered("冷静怡");
    PortalClient attacker = new PortalClient(mvc);
    for (int i = 0; i < 5; i++) {
      assertThat(attacker.signIn(citizen.phone(), "Wrong2026pass").getContentAsString())
          .contains("data-testid=\"login-error\"");
    }
    MockHttpServletResponse heldOff = attacker.signIn(citizen.phone(), PortalClient.PASSWORD);
    assertThat(heldOff.getRedirectedUrl()).isNull();
    assertThat(heldOff.getContentAsString()).contains("账号或密码错误");

    MockHttpServletResponse owner =
        new PortalClient(mvc).signIn(citizen.phone(), PortalClient.PASSWORD);
    assertThat(owner.getRedirectedUrl()).isEqualTo("/portal/me");
  }

  @Test
  void anUnregisteredNumberAndAHeldOffAccountGetTheSameAnswer() throws Exception {
    Registered citizen = registered("葛晓彤");
    PortalClient browser = new PortalClient(mvc);
    for (int i = 0; i < 5; i++) {
      browser.signIn(citizen.phone(), "Wrong2026pass");
    }
    String heldOff = errorOf(browser.signIn(citizen.phone(), PortalClient.PASSWORD));
    String unknown =
        errorOf(new PortalClient(mvc).signIn(PortalClient.newPhone(), PortalClient.PASSWORD));
    assertThat(heldOff).isNotEmpty().isEqualTo(unknown);
  }

  private static String errorOf(MockHttpServletResponse response) throws Exception {
    String page = response.getContentAsString();
    int start = page.indexOf("data-testid=\"login-error\"");
    return start < 0 ? "" : page.substring(start, page.indexOf("<", start));
  }

  @Test
  void answersTooManyRequestsWhenLoginAttemptsComeTooFast() throws Exception {
    String username = PortalClient.newPhone();
    PortalClient browser = new PortalClient(mvc);
    int status = 0;
    for (int i = 0; i < 12 && status != 429; i++) {
      status = browser.signIn(username, "Wrong2026pass").getStatus();
    }
    assertThat(status).isEqualTo(429);
  }

  @Test
  void aCitizenSessionNeverReachesStaffPages() throws Exception {
    PortalClient browser = signedIn(registered("邓子豪").phone());
    for (String staffPage : new String[] {"/", "/registry/persons", "/admin/dev-codes"}) {
      MockHttpServletResponse response = browser.get(staffPage);
      boolean toStaffLogin =
          response.getStatus() == 302
              && response.getRedirectedUrl() != null
              && response.getRedirectedUrl().endsWith("/login");
      assertThat(toStaffLogin || response.getStatus() == 401 || response.getStatus() == 403)
          .as("%s answered %s", staffPage, response.getStatus())
          .isTrue();
    }
  }

  @Test
  void portalPagesNeedACitizenSignInAndLogoutEndsIt() throws Exception {
    assertThat(new PortalClient(mvc).get("/portal/me").getRedirectedUrl())
        .endsWith("/portal/login");
    PortalClient browser = signedIn(registered("彭诗涵").phone());
    assertThat(browser.get("/portal/me").getStatus()).isEqualTo(200);

    browser.post("/portal/logout");

    assertThat(browser.get("/portal/me").getRedirectedUrl()).endsWith("/portal/login");
  }
}
