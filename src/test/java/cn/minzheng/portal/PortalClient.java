package cn.minzheng.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cn.minzheng.testing.ClientSession;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One citizen's browser for MockMvc: its own client address and the session cookie (sessions live
 * in Spring Session JDBC, so the cookie is what carries them from request to request).
 */
final class PortalClient {

  static final String PASSWORD = "Secret2026abc";

  private final MockMvc mvc;
  private final ClientSession session = new ClientSession(newAddress());

  PortalClient(MockMvc mvc) {
    this.mvc = mvc;
  }

  static String newPhone() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  static String newAddress() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "10." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
  }

  /** The session id in the database (the cookie carries it Base64-encoded). */
  String sessionId() {
    return new String(
        java.util.Base64.getDecoder().decode(session.sessionId()),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  MockHttpServletResponse get(String path) throws Exception {
    return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
  }

  /** A form post with CSRF token; parameters as name, value, name, value... */
  MockHttpServletResponse post(String path, String... params) throws Exception {
    MockHttpServletRequestBuilder request =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(csrf());
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return send(request);
  }

  MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return session.perform(mvc, request);
  }

  MockHttpServletResponse requestCode(String phone) throws Exception {
    return post("/portal/register/code", "phone", phone);
  }

  MockHttpServletResponse register(String name, String idNumber, String code) throws Exception {
    return post(
        "/portal/register",
        "name",
        name,
        "idNumber",
        idNumber,
        "password",
        PASSWORD,
        "passwordConfirmation",
        PASSWORD,
        "code",
        code,
        "consent",
        "true",
        "sensitiveConsent",
        "true");
  }

  MockHttpServletResponse signIn(String username, String password) throws Exception {
    return post("/portal/login", "username", username, "password", password);
  }
}
