package cn.minzheng.testing;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session cookie across MockMvc requests. Sessions live in PostgreSQL (Spring Session
 * JDBC) and are found by the {@code SESSION} cookie, as in production, so a {@code MockHttpSession}
 * does not carry them: send this with {@code .with(session)} and keep the answer's cookie with
 * {@code .andDo(session)}.
 */
public final class ClientSession implements RequestPostProcessor, ResultHandler {

  private Cookie cookie;

  @Override
  public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
    if (cookie != null) {
      request.setCookies(cookie);
    }
    return request;
  }

  @Override
  public void handle(MvcResult result) {
    Cookie answered = result.getResponse().getCookie("SESSION");
    if (answered != null) {
      cookie = answered.getMaxAge() == 0 ? null : answered;
    }
  }

  public boolean started() {
    return cookie != null;
  }
}
