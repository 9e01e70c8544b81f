package cn.minzheng.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session a request has read, kept for the rest of that request. Spring Session's filter asks
 * the repository for the requested session again when it commits the session (once when the
 * response is committed, again when the filter ends: spring-session issue 1731), and each ask was a
 * database read and a deserialisation of every attribute. Across requests nothing is kept: each
 * request reads the session from the database, the source of truth, once; a session ended on
 * another node is gone for the next request.
 */
final class RequestSessionMemo extends OncePerRequestFilter {

  private static final ThreadLocal<@Nullable Map<String, Session>> READ = new ThreadLocal<>();

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Map<String, Session> outer = READ.get();
    READ.set(new HashMap<>());
    try {
      chain.doFilter(request, response);
    } finally {
      if (outer == null) {
        READ.remove();
      } else {
        READ.set(outer);
      }
    }
  }

  /** The repository the session filter uses: the real one, asked once per session and request. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static SessionRepository<Session> around(SessionRepository<? extends Session> repository) {
    SessionRepository real = repository;
    return new SessionRepository<>() {
      @Override
      public Session createSession() {
        return real.createSession();
      }

      @Override
      public void save(Session session) {
        real.save(session);
        Map<String, Session> read = READ.get();
        if (read != null) {
          // the id may have changed (sign-in): found under the new id only
          read.values().remove(session);
          read.put(session.getId(), session);
        }
      }

      @Override
      public @Nullable Session findById(String id) {
        Map<String, Session> read = READ.get();
        if (read == null) {
          return (Session) real.findById(id);
        }
        Session known = read.get(id);
        if (known != null && known.getId().equals(id) && !known.isExpired()) {
          return known;
        }
        Session found = (Session) real.findById(id);
        if (found != null) {
          read.put(id, found);
        }
        return found;
      }

      @Override
      public void deleteById(String id) {
        Map<String, Session> read = READ.get();
        if (read != null) {
          read.remove(id);
        }
        real.deleteById(id);
      }
    };
  }
}
