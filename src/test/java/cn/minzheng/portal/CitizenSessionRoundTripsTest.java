package cn.minzheng.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.testing.StatementCounting;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 23: every signed-in request paid for its session with two reads and a write. Now the
 * session is read once per request (the database stays the source of truth: nothing is kept between
 * requests) and its row is written only when something changed or its last access is a minute old.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounting.class)
class CitizenSessionRoundTripsTest {

  private static final long MINUTE = 60_000;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DevelopmentCodeSender sender;
  @Autowired RegistryFixtures registry;
  @Autowired DataSource dataSource;

  private record SignedIn(PortalClient browser) {

    /** The session row is found by the id the browser's cookie carries. */
    String sessionId() {
      return browser.sessionId();
    }
  }

  private SignedIn signedIn() throws Exception {
    var person = registry.person("会话测试", "510104001001");
    String phone = PortalClient.newPhone();
    PortalClient browser = new PortalClient(mvc);
    browser.requestCode(phone);
    browser.register("会话测试", person.idNumber(), sender.latestCodeFor(phone).orElseThrow());
    assertThat(browser.signIn(phone, PortalClient.PASSWORD).getRedirectedUrl())
        .isEqualTo("/portal/me");
    return new SignedIn(browser);
  }

  private long lastAccess(String sessionId) {
    return jdbc.sql("select last_access_time from spring_session where session_id = ?")
        .param(sessionId)
        .query(Long.class)
        .single();
  }

  private void setLastAccess(String sessionId, long millis) {
    assertThat(
            jdbc.sql("update spring_session set last_access_time = ? where session_id = ?")
                .params(millis, sessionId)
                .update())
        .isOne();
  }

  private static long sessionReads(List<String> sent) {
    return sent.stream()
        .map(s -> s.toLowerCase(Locale.ROOT))
        .filter(s -> s.contains("select") && s.contains("from spring_session"))
        .count();
  }

  @Test
  void aSignedInRequestReadsItsSessionOnce() throws Exception {
    assertThat(StatementCounting.counts(dataSource)).isTrue();
    SignedIn citizen = signedIn();
    citizen.browser().get("/portal/me");

    List<String> sent =
        StatementCounting.sentDuring(
            () -> assertThat(citizen.browser().get("/portal/me").getStatus()).isEqualTo(200));

    assertThat(sessionReads(sent)).as(String.join("\n", sent)).isEqualTo(1);
  }

  @Test
  void theSessionRowIsWrittenAgainOnlyOnceItsLastAccessIsAMinuteOld() throws Exception {
    SignedIn citizen = signedIn();

    long fiftySecondsAgo = System.currentTimeMillis() - 50_000;
    setLastAccess(citizen.sessionId(), fiftySecondsAgo);
    assertThat(citizen.browser().get("/portal/me").getStatus()).isEqualTo(200);
    assertThat(lastAccess(citizen.sessionId())).as("not written").isEqualTo(fiftySecondsAgo);

    long aMinuteAgo = System.currentTimeMillis() - MINUTE;
    setLastAccess(citizen.sessionId(), aMinuteAgo);
    long before = System.currentTimeMillis();
    assertThat(citizen.browser().get("/portal/me").getStatus()).isEqualTo(200);
    assertThat(lastAccess(citizen.sessionId())).as("written").isGreaterThanOrEqualTo(before);
  }

  @Test
  void aSessionEndedInTheDatabaseIsGoneForTheNextRequest() throws Exception {
    SignedIn citizen = signedIn();
    assertThat(citizen.browser().get("/portal/me").getStatus()).isEqualTo(200);

    // ended by another node (sign-out there, or an administrator ending every session)
    assertThat(
            jdbc.sql("delete from spring_session where session_id = ?")
                .param(citizen.sessionId())
                .update())
        .isOne();

    var answer = citizen.browser().get("/portal/me");
    assertThat(answer.getStatus()).isEqualTo(302);
    assertThat(answer.getRedirectedUrl()).contains("/portal/login");
  }

  @Test
  void aSessionIdleForThirtyMinutesHasEnded() throws Exception {
    SignedIn citizen = signedIn();
    setLastAccess(citizen.sessionId(), System.currentTimeMillis() - 30 * MINUTE - 1_000);

    var answer = citizen.browser().get("/portal/me");
    assertThat(answer.getStatus()).isEqualTo(302);
    assertThat(answer.getRedirectedUrl()).contains("/portal/login");
  }
}
