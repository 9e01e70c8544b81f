package cn.minzheng.testing;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session cookie across MockMvc requests. Sessions live in PostgreSQL (Spring Session
 * JDBC) and are found by the {@code SESSION} cookie, as in production, so a {@code MockHttpSession}
 * does not carry them: send this with {@code .with(session)} and keep the answer's cookie with
 * {@code .andDo(session)}, or let {@link #perform} do both. A client address of its own keeps the
 * rate limits that other tests trigger away from this browser.
 */
public final class ClientSession implements RequestPostProcessor, ResultHandler {

  private final String remoteAddress;
  private Cookie cookie;

  public ClientSession() {
    this(null);
  }

  /** A browser that sends its requests from {@code remoteAddress}. */
  public ClientSession(String remoteAddress) {
    this.remoteAddress = remoteAddress;
  }

  @Override
  public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
    if (remoteAddress != null) {
      request.setRemoteAddr(remoteAddress);
    }
    if (cookie != null) {
      List<Cookie> cookies = new ArrayList<>();
      if (request.getCookies() != null) {
        cookies.addAll(List.of(request.getCookies()));
      }
      cookies.add(cookie);
      request.setCookies(cookies.toArray(Cookie[]::new));
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

  /** Sends the request as this browser and keeps the session cookie of the answer. */
  public MockHttpServletResponse perform(MockMvc mvc, MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request.with(this)).andDo(this).andReturn().getResponse();
  }

  public boolean started() {
    return cookie != null;
  }

  public String sessionId() {
    return cookie == null ? null : cookie.getValue();
  }

  public Cookie cookie() {
    return cookie;
  }

  /** Sends an earlier cookie again, as a browser replaying an old session would. */
  public void replay(Cookie earlier) {
    cookie = earlier;
  }
}
