package cn.minzheng.registry.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps a searched ID number in the caller's session behind a short-lived random token, so the
 * list's address (and every proxy's and access log's copy of it) carries the token, never the
 * number. A token is only valid in the session that made it, for {@link #LIFETIME}.
 */
@Component
class IdNumberSearches {

  static final Duration LIFETIME = Duration.ofMinutes(30);

  static final String ID_IN_ADDRESS = "身份证号不经地址栏传递：请在查询框中输入后点“查询”";
  static final String TOKEN_EXPIRED = "按身份证号查询已过期，请重新输入身份证号查询";

  /** A session keeps a handful of recent searches; older ones are forgotten first. */
  private static final int PER_SESSION = 20;

  private static final String ATTRIBUTE = IdNumberSearches.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Serializable: sessions are kept in the database (Spring Session JDBC). */
  private record Held(String idNumber, Instant expires) implements Serializable {}

  String hold(HttpSession session, String idNumber) {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Map<String, Held> held = held(session);
    held.put(token, new Held(idNumber, Instant.now().plus(LIFETIME)));
    while (held.size() > PER_SESSION) {
      held.remove(held.keySet().iterator().next());
    }
    // Set again after every change: a session kept in the database saves only what is set.
    session.setAttribute(ATTRIBUTE, held);
    return token;
  }

  Optional<String> idNumberOf(HttpSession session, String token) {
    Held h = held(session).get(token);
    if (h == null || h.expires().isBefore(Instant.now())) {
      return Optional.empty();
    }
    return Optional.of(h.idNumber());
  }

  /**
   * The search as the list or export runs it, the ID number taken back from the session by its
   * token. Refused when the address carries an ID number or a token no longer held: running the
   * unfiltered search instead would answer a different question.
   */
  PersonSearchParams resolve(PersonSearchParams params, HttpSession session) {
    if (params.hasIdNumber()) {
      throw new RefusedSearch(ID_IN_ADDRESS);
    }
    if (params.idToken() == null || params.idToken().isBlank()) {
      return params;
    }
    return idNumberOf(session, params.idToken())
        .map(n -> params.withId(n, params.idToken()))
        .orElseThrow(() -> new RefusedSearch(TOKEN_EXPIRED));
  }

  /** A search that is not run; the message says why, in the words shown on the page. */
  static final class RefusedSearch extends RuntimeException {
    RefusedSearch(String message) {
      super(message);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Held> held(HttpSession session) {
    Object value = session.getAttribute(ATTRIBUTE);
    return value instanceof Map<?, ?> m ? (Map<String, Held>) m : new LinkedHashMap<>();
  }
}
