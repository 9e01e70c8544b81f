package cn.minzheng.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
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
import org.springframework.security.core.context.SecurityContextHolder;

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
  void masksAPhoneNumberTypedAsLoginName() {
    var attempt = UsernamePasswordAuthenticationToken.unauthenticated("13912345678", "x");
    authenticationEvents.publishAuthenticationFailure(new BadCredentialsException("bad"), attempt);
    assertThat(
            jdbc.sql("select count(*) from platform.audit_log where actor like '%13912345678%'")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from platform.audit_log where actor = '139****5678'")
                .query(Long.class)
                .single())
        .isPositive();
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

  @Test
  void recordsARefusedRequestOnceThoughSeveralLayersReportIt(@Autowired AuditLog auditLog) {
    var request = new MockHttpServletRequest("GET", "/registry/persons/18");
    authorizationEvents.publishAuthorizationEvent(
        () -> staff, request, new AuthorizationDecision(false));
    SecurityContextHolder.getContext().setAuthentication(staff);
    try {
      auditLog.record(AuditEvent.denied("access.denied", "url", "/registry/persons/18", null));
    } finally {
      SecurityContextHolder.clearContext();
    }
    assertThat(entries()).extracting(e -> e.get("action")).containsExactly("access.denied");
  }

  @Test
  void doesNotRecordALoginWaitingForItsSecondFactor() {
    String before = count();
    var pending =
        UsernamePasswordAuthenticationToken.authenticated(
            username, "", AuthorityUtils.createAuthorityList("SECOND_FACTOR_PENDING"));
    authorizationEvents.publishAuthorizationEvent(
        () -> pending, new MockHttpServletRequest("GET", "/"), new AuthorizationDecision(false));
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void recognisesServiceAccountsByTheirScopes() {
    var service =
        UsernamePasswordAuthenticationToken.authenticated(
            username, "", AuthorityUtils.createAuthorityList("SCOPE_deaths"));
    authorizationEvents.publishAuthorizationEvent(
        () -> service,
        new MockHttpServletRequest("POST", "/api/v1/persons"),
        new AuthorizationDecision(false));
    assertThat(entries())
        .singleElement()
        .satisfies(e -> assertThat(e).containsEntry("actor_kind", "SERVICE"));
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
