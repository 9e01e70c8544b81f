package cn.minzheng.portal;

import static cn.minzheng.portal.PortalTestSupport.PASSWORD;
import static cn.minzheng.portal.PortalTestSupport.from;
import static cn.minzheng.portal.PortalTestSupport.newAddress;
import static cn.minzheng.portal.PortalTestSupport.register;
import static cn.minzheng.portal.PortalTestSupport.requestCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.testing.ClientSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in, lockout, what a citizen sees, and what a citizen's session can never reach. */
@SpringBootTest
@AutoConfigureMockMvc
class CitizenSessionTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired DevelopmentCodeSender sender;

  RegistryFixtures registry;

  @BeforeEach
  void fixtures() {
    registry = new RegistryFixtures(jdbc, cipher);
  }

  /** A registered citizen: person, phone. */
  private record Registered(RegistryFixtures.Person person, String phone) {}

  private Registered registered(String name) throws Exception {
    var person = registry.person(name, "510104001001");
    String phone = PortalTestSupport.newPhone();
    ClientSession session = new ClientSession();
    register(mvc, session, name, person.idNumber(), requestCode(mvc, sender, session, phone));
    return new Registered(person, phone);
  }

  private MvcResult signIn(String username, String password, String address) throws Exception {
    return signIn(username, password, address, new ClientSession());
  }

  private MvcResult signIn(String username, String password, String address, ClientSession session)
      throws Exception {
    return mvc.perform(
            from(post("/portal/login"), address)
                .with(session)
                .param("username", username)
                .param("password", password)
                .with(csrf()))
        .andDo(session)
        .andReturn();
  }

  private ClientSession signedIn(String username) throws Exception {
    ClientSession session = new ClientSession();
    MvcResult result = signIn(username, PASSWORD, newAddress(), session);
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/portal/me");
    return session;
  }

  @Test
  void signsInWithPhoneOrIdNumberAndShowsOnlyTheOwnRecord() throws Exception {
    Registered citizen = registered("郑海涛");
    var neighbour = registry.person("冯雪梅", "510104001001");
    var spouse = registry.person("韩丽娟", "510104001001");
    registry.household("510104001001", citizen.person(), spouse);

    for (String username :
        new String[] {citizen.phone(), citizen.person().idNumber().toLowerCase()}) {
      String page =
          mvc.perform(get("/portal/me").with(signedIn(username)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      String id = citizen.person().idNumber();
      assertThat(page).contains("郑海涛").contains(id.substring(0, 6) + "********" + id.substring(14));
      assertThat(page).doesNotContain(id).doesNotContain(spouse.idNumber());
      assertThat(page).contains("韩丽娟").contains("配偶");
      assertThat(page).doesNotContain("冯雪梅").doesNotContain(neighbour.idNumber());
    }
  }

  @Test
  void refusesAWrongPasswordAndLocksAfterFiveFailures() throws Exception {
    Registered citizen = registered("冷静怡");
    String address = newAddress();
    for (int i = 0; i < 5; i++) {
      assertThat(
              signIn(citizen.phone(), "Wrong2026pass", address).getResponse().getContentAsString())
          .contains("data-testid=\"login-error\"");
    }
    MockHttpServletResponse locked = signIn(citizen.phone(), PASSWORD, address).getResponse();
    assertThat(locked.getRedirectedUrl()).isNull();
    assertThat(locked.getContentAsString()).contains("账户已暂时锁定");
  }

  @Test
  void answersTooManyRequestsWhenLoginAttemptsComeTooFast() throws Exception {
    String username = PortalTestSupport.newPhone();
    String address = newAddress();
    int status = 0;
    for (int i = 0; i < 12 && status != 429; i++) {
      status = signIn(username, "Wrong2026pass", address).getResponse().getStatus();
    }
    assertThat(status).isEqualTo(429);
  }

  @Test
  void aCitizenSessionNeverReachesStaffPages() throws Exception {
    Registered citizen = registered("邓子豪");
    ClientSession session = signedIn(citizen.phone());
    for (String staffPage : new String[] {"/", "/registry/persons", "/admin/dev-codes"}) {
      MockHttpServletResponse response =
          mvc.perform(get(staffPage).with(session)).andReturn().getResponse();
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
    assertThat(mvc.perform(get("/portal/me")).andReturn().getResponse().getRedirectedUrl())
        .endsWith("/portal/login");
    Registered citizen = registered("彭诗涵");
    ClientSession session = signedIn(citizen.phone());
    mvc.perform(post("/portal/logout").with(session).with(csrf())).andDo(session).andReturn();
    assertThat(
            mvc.perform(get("/portal/me").with(session))
                .andReturn()
                .getResponse()
                .getRedirectedUrl())
        .endsWith("/portal/login");
  }
}
