package cn.minzheng.platform.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of a staff member (account disabled, password reset). */
@Component
public class StaffSessions {

  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  StaffSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.sessions = sessions;
  }

  /** Returns how many sessions were ended. */
  public int endAll(String username) {
    var found = sessions.findByPrincipalName(username);
    found.keySet().forEach(sessions::deleteById);
    return found.size();
  }
}
