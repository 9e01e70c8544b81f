package cn.minzheng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.core.authority.AuthorityUtils;

/** Spring Security's own publishers (as the login and filter chain use them) end in the log. */
@SpringBootTest
class SecurityEventAuditorTest {

  @Autowired AuthenticationEventPublisher authenticationEvents;
  @Autowired AuthorizationEventPublisher authorizationEvents;
  @Autowired JdbcClient jdbc;

  private final String username = "sec." + UUID.randomUUID().toString().substring(0, 8);
  private final StaffAuthentication staff =
      StaffAuthentication.of(
          new StaffUser(9, username, "王五", "510104001001", Set.of(Role.COMMUNITY_WORKER)));

  @Test
  void recordsSuccessfulLogin() {
    authenticationEvents.publishAuthenticationSuccess(staff);
    assertThat(entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e).containsEntry("action", "login.success");
              assertThat(e).containsEntry("outcome", "SUCCESS");
              assertThat(e).containsEntry("actor_kind", "STAFF");
              assertThat(e).containsEntry("actor_region", "510104001001");
            });
  }

  @Test
  void recordsFailedLoginWithTheTypedNameButNeverThePassword() {
    var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, "Geheim-123!");
    authenticationEvents.publishAuthenticationFailure(new BadCredentialsException("bad"), attempt);
    assertThat(entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e).containsEntry("action", "login.failure");
              assertThat(e).containsEntry("outcome", "FAILURE");
              assertThat(e).containsEntry("actor_kind", "ANONYMOUS");
              assertThat(e.values().toString()).doesNotContain("Geheim-123!");
            });
  }

  @Test
  void recordsAccessDenialOfASignedInUser() {
    var request = new MockHttpServletRequest("GET", "/registry/persons/17");
    authorizationEvents.publishAuthorizationEvent(
        () -> staff, request, new AuthorizationDecision(false));
    assertThat(entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e).containsEntry("action", "access.denied");
              assertThat(e).containsEntry("outcome", "DENIED");
              assertThat(e).containsEntry("target_id", "GET /registry/persons/17");
            });
  }

  @Test
  void doesNotRecordAnonymousVisitorsSentToTheLoginPage() {
    String before = count();
    var anonymous =
        new AnonymousAuthenticationToken(
            "key", username, AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    authorizationEvents.publishAuthorizationEvent(
        () -> anonymous, new MockHttpServletRequest("GET", "/"), new AuthorizationDecision(false));
    assertThat(count()).isEqualTo(before);
  }

  private String count() {
    return jdbc.sql("select count(*)::text from platform.audit_log").query(String.class).single();
  }

  private List<Map<String, Object>> entries() {
    return jdbc.sql(
            "select action, outcome, actor_kind, actor_region, target_id, detail"
                + " from platform.audit_log where actor = ? order by id")
        .param(username)
        .query()
        .listOfRows();
  }
}
