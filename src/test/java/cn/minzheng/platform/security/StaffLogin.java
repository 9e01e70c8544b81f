package cn.minzheng.platform.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.minzheng.platform.Role;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Drives the real login like a browser: session cookie from the login page, the CSRF token from its
 * form, a client address of its own so that rate limits of other tests do not interfere.
 */
final class StaffLogin {

  static final String PASSWORD = "Richtig-Passwort-2026";
  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  final MockMvc mvc;
  final String address;
  Cookie session;

  StaffLogin(MockMvc mvc) {
    this.mvc = mvc;
    int n = ADDRESSES.getAndIncrement();
    this.address = "10.77." + (n / 250) + "." + (n % 250 + 1);
  }

  static String uniqueUsername(String prefix) {
    return (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
  }

  static long createAccount(
      JdbcClient jdbc, PasswordEncoder encoder, String username, String region, Role... roles) {
    String array =
        "{" + String.join(",", java.util.Arrays.stream(roles).map(Role::name).toList()) + "}";
    return jdbc.sql(
            "insert into platform.staff_account (username, display_name, password_hash, region_code,"
                + " roles, created_by, updated_by) values (?, ?, ?, ?, ?::text[], 'test', 'test')"
                + " returning id")
        .params(username, "测试𠮷·用户", encoder.encode(PASSWORD), region, array)
        .query(Long.class)
        .single();
  }

  /** Opens the login page: a session and its CSRF token. */
  String openPage(String path) throws Exception {
    MockHttpServletResponse response = perform(get(path));
    Matcher m = CSRF.matcher(response.getContentAsString());
    if (!m.find()) {
      throw new AssertionError("no CSRF token on " + path);
    }
    return m.group(1);
  }

  MockHttpServletResponse submitPassword(String username, String password) throws Exception {
    String csrf = openPage("/login");
    return perform(
        post("/login")
            .param("username", username)
            .param("password", password)
            .param("_csrf", csrf));
  }

  MockHttpServletResponse submitCode(String path, String code) throws Exception {
    return submitCode(path, path, code);
  }

  /** Posts a code to {@code path} with the CSRF token of the page at {@code formPage}. */
  MockHttpServletResponse submitCode(String formPage, String path, String code) throws Exception {
    String csrf = openPage(formPage);
    return perform(post(path).param("code", code).param("_csrf", csrf));
  }

  /**
   * Sends a request as this browser: its address and its session cookie, updated from the answer.
   */
  MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
    request.with(
        r -> {
          r.setRemoteAddr(address);
          return r;
        });
    if (session != null) {
      request.cookie(session);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    Cookie updated = response.getCookie("SESSION");
    if (updated != null) {
      session = updated.getMaxAge() == 0 ? null : updated;
    }
    return response;
  }

  String sessionId() {
    return session == null ? null : session.getValue();
  }

  static Set<Role> roles(Role... roles) {
    return Set.of(roles);
  }
}
