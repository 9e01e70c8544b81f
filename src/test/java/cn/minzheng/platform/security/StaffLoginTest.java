package cn.minzheng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.account.LockoutPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class StaffLoginTest {

  static final String STREET = "510104001000";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder encoder;
  @Autowired LockoutPolicy lockout;

  @Test
  void signsInWithStaffAuthenticationUnderANewSessionId() throws Exception {
    String username = StaffLogin.uniqueUsername("login");
    StaffLogin.createAccount(jdbc, encoder, username, STREET, Role.STREET_CASEWORKER);
    StaffLogin browser = new StaffLogin(mvc);
    browser.openPage("/login");
    String before = browser.sessionId();

    MockHttpServletResponse login = browser.submitPassword(username, StaffLogin.PASSWORD);

    assertThat(login.getRedirectedUrl()).isEqualTo("/");
    assertThat(before).isNotNull();
    assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
    MockHttpServletResponse me = browser.perform(get("/api/v1/me"));
    assertThat(me.getStatus()).isEqualTo(200);
    assertThat(me.getContentAsString())
        .contains("\"kind\":\"staff\"", "\"name\":\"" + username + "\"");
    assertThat(browser.perform(get("/")).getStatus()).isEqualTo(200);
  }

  @Test
  void refusesWrongPasswordAndCountsIt() throws Exception {
    String username = StaffLogin.uniqueUsername("wrong");
    StaffLogin.createAccount(jdbc, encoder, username, STREET, Role.STREET_CASEWORKER);
    StaffLogin browser = new StaffLogin(mvc);

    MockHttpServletResponse login = browser.submitPassword(username, "Falsch-Passwort-2026");

    assertThat(login.getRedirectedUrl()).isEqualTo("/login?error=bad");
    assertThat(failures(username)).isEqualTo(1);
    assertThat(audited("login.failure", username)).isEqualTo(1);
    assertThat(browser.perform(get("/")).getRedirectedUrl()).endsWith("/login");
  }

  @Test
  void blocksTheAddressAfterTheFifthFailureEvenAgainstTheRightPassword() throws Exception {
    String username = StaffLogin.uniqueUsername("lock");
    StaffLogin.createAccount(jdbc, encoder, username, STREET, Role.STREET_CASEWORKER);
    StaffLogin attacker = new StaffLogin(mvc);
    missTimes(attacker, username, 4);
    assertThat(blockedUntil(username)).isNull();

    Instant fifth = Instant.now();
    attacker.submitPassword(username, "Falsch-Passwort-5");

    assertThat(blockedUntil(username))
        .isBetween(
            fifth.plus(Duration.ofMinutes(15)).minusSeconds(5),
            fifth.plus(Duration.ofMinutes(15)).plusSeconds(5));
    // The same answer as a wrong password: the page does not confirm the block.
    MockHttpServletResponse right = attacker.submitPassword(username, StaffLogin.PASSWORD);
    assertThat(right.getRedirectedUrl()).isEqualTo("/login?error=bad");
    assertThat(attacker.perform(get("/")).getRedirectedUrl()).endsWith("/login");
  }

  @Test
  void aBlockedAddressDoesNotLockTheOwnerOutElsewhere() throws Exception {
    String username = StaffLogin.uniqueUsername("owner");
    StaffLogin.createAccount(jdbc, encoder, username, STREET, Role.STREET_CASEWORKER);
    StaffLogin attacker = new StaffLogin(mvc);
    missTimes(attacker, username, 6);
    assertThat(blockedUntil(username)).isNotNull();

    StaffLogin owner = new StaffLogin(mvc);
    assertThat(owner.submitPassword(username, StaffLogin.PASSWORD).getRedirectedUrl())
        .isEqualTo("/");
    // The owner's success forgets only the owner's address; the attacker's stays blocked.
    assertThat(attacker.submitPassword(username, StaffLogin.PASSWORD).getRedirectedUrl())
        .isEqualTo("/login?error=bad");
  }

  @Test
  void answersAnUnknownUsernameExactlyAsABlockedOrWrongOne() throws Exception {
    String known = StaffLogin.uniqueUsername("known");
    StaffLogin.createAccount(jdbc, encoder, known, STREET, Role.STREET_CASEWORKER);
    String unknown = StaffLogin.uniqueUsername("ghost");
    StaffLogin browser = new StaffLogin(mvc);
    List<String> knownAnswers = new ArrayList<>();
    List<String> unknownAnswers = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      knownAnswers.add(browser.submitPassword(known, "Falsch-" + i).getRedirectedUrl());
      unknownAnswers.add(browser.submitPassword(unknown, "Falsch-" + i).getRedirectedUrl());
    }

    assertThat(knownAnswers).containsOnly("/login?error=bad").hasSize(7);
    assertThat(unknownAnswers).isEqualTo(knownAnswers);
  }

  @Test
  void blockEndsByItselfAfterTheConfiguredDuration() throws Exception {
    String username = StaffLogin.uniqueUsername("unlock");
    StaffLogin.createAccount(jdbc, encoder, username, STREET, Role.STREET_CASEWORKER);
    StaffLogin browser = new StaffLogin(mvc);
    missTimes(browser, username, 5);
    assertThat(browser.submitPassword(username, StaffLogin.PASSWORD).getRedirectedUrl())
        .isEqualTo("/login?error=bad");
    try {
      lockout.useClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));
      // The expired block starts a fresh count: one more miss does not block again.
      assertThat(browser.submitPassword(username, "Falsch-Passwort-6").getRedirectedUrl())
          .isEqualTo("/login?error=bad");
      assertThat(failures(username)).isEqualTo(1);

      assertThat(browser.submitPassword(username, StaffLogin.PASSWORD).getRedirectedUrl())
          .isEqualTo("/");
    } finally {
      lockout.useClock(null);
    }
    assertThat(failures(username)).isZero();
  }

  @Test
  void answers429WhenOneAddressTriesTooOften() throws Exception {
    StaffLogin browser = new StaffLogin(mvc);
    String csrf = browser.openPage("/login");
    int attempts = 0;
    MockHttpServletResponse response;
    do {
      attempts++;
      response =
          browser.perform(
              post("/login")
                  .param("username", StaffLogin.uniqueUsername("nobody"))
                  .param("password", "x")
                  .param("_csrf", csrf));
    } while (response.getStatus() != 429 && attempts < 60);

    assertThat(response.getStatus()).isEqualTo(429);
    // The default budget is 20 attempts per address and minute.
    assertThat(attempts).isGreaterThan(20);
    assertThat(response.getContentAsString()).contains("尝试过于频繁");
    assertThat(response.getHeader("Retry-After")).isNotBlank();
  }

  @Test
  void answers429WhenOneUsernameIsTriedTooOftenFromManyAddresses() throws Exception {
    String username = StaffLogin.uniqueUsername("spray");
    int attempts = 0;
    int status;
    do {
      attempts++;
      status = new StaffLogin(mvc).submitPassword(username, "x").getStatus();
    } while (status != 429 && attempts < 40);

    assertThat(status).isEqualTo(429);
    // The default budget is 10 attempts per username and minute.
    assertThat(attempts).isGreaterThan(10);
  }

  @Test
  void logoutEndsTheSession() throws Exception {
    String username = StaffLogin.uniqueUsername("logout");
    StaffLogin.createAccount(jdbc, encoder, username, STREET, Role.STREET_CASEWORKER);
    StaffLogin browser = new StaffLogin(mvc);
    browser.submitPassword(username, StaffLogin.PASSWORD);
    var signedIn = browser.session.cookie();
    String csrf = browser.openPage("/");

    browser.perform(post("/logout").param("_csrf", csrf));

    browser.session.replay(signedIn);
    assertThat(browser.perform(get("/")).getRedirectedUrl()).endsWith("/login");
  }

  /** Submits {@code times} wrong passwords for {@code username} from this browser's address. */
  private static void missTimes(StaffLogin browser, String username, int times) throws Exception {
    for (int i = 1; i <= times; i++) {
      browser.submitPassword(username, "Falsch-Passwort-" + i);
    }
  }

  private long audited(String action, String actor) {
    return jdbc.sql("select count(*) from platform.audit_log where action = ? and actor = ?")
        .params(action, actor)
        .query(Long.class)
        .single();
  }

  /** Failures counted against the account, all addresses together. */
  private int failures(String username) {
    return jdbc.sql(
            "select coalesce(sum(f.failures), 0) from platform.login_failure f"
                + " join platform.staff_account a on a.id = f.account_id where a.username = ?")
        .param(username)
        .query(Integer.class)
        .single();
  }

  private Instant blockedUntil(String username) {
    return jdbc.sql(
            "select max(f.blocked_until) from platform.login_failure f"
                + " join platform.staff_account a on a.id = f.account_id where a.username = ?")
        .param(username)
        .query(
            (rs, n) ->
                rs.getTimestamp(1) == null
                    ? null
                    : rs.getTimestamp(1).toInstant().truncatedTo(ChronoUnit.MILLIS))
        .list()
        .get(0);
  }
}
