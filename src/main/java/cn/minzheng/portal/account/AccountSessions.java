package cn.minzheng.portal.account;

import cn.minzheng.platform.OAuthGrants;
import cn.minzheng.portal.CitizenAuthentication;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends everything that keeps a citizen signed in: every session (on any node: sessions live in the
 * database, indexed by the account's principal name) and every code and token the apps the citizen
 * allowed hold, refresh tokens included. The consents stay: the app asks the citizen to sign in
 * again, with the new password.
 */
@Component
class AccountSessions {

  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final OAuthGrants grants;

  AccountSessions(
      FindByIndexNameSessionRepository<? extends Session> sessions, OAuthGrants grants) {
    this.sessions = sessions;
    this.grants = grants;
  }

  /** Returns how many sessions were ended. */
  int endAll(long accountId) {
    String principal = CitizenAuthentication.principalName(accountId);
    var found = sessions.findByPrincipalName(principal);
    found.keySet().forEach(sessions::deleteById);
    grants.endTokensOf(principal);
    return found.size();
  }
}
