package cn.minzheng.organisations.web;

import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationAccounts;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place of the module's role rules, used by pages and API alike (docs/security.md): the
 * registration authorities (city, district) and the street read the register of their region; the
 * authorities review, list and clean up; an organisation's own account reaches its own organisation
 * only (any other answers 404). Roles are checked before anything is read or bound.
 */
@Component
class OrganisationAccess {

  /** The offices that keep the register: city and district registration, street filing. */
  static final Set<Role> READ =
      EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.STREET_CASEWORKER);

  /** The registration authorities: reports review, credit lists, zombies, accounts. */
  static final Set<Role> BUREAU = EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER);

  /** Statistics: the offices and the auditor (aggregates only). */
  static final Set<Role> STATISTICS =
      EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.STREET_CASEWORKER, Role.AUDITOR);

  /** The export for 信用中国 is the city's. */
  static final Set<Role> CITY = EnumSet.of(Role.CITY_ADMIN);

  static final Set<Role> ACCOUNT = EnumSet.of(Role.ORGANISATION_ACCOUNT);

  private final CurrentUser currentUser;
  private final DataScope scope;
  private final OrganisationQueries queries;
  private final OrganisationAccounts accounts;

  OrganisationAccess(
      CurrentUser currentUser,
      DataScope scope,
      OrganisationQueries queries,
      OrganisationAccounts accounts) {
    this.currentUser = currentUser;
    this.scope = scope;
    this.queries = queries;
    this.accounts = accounts;
  }

  StaffUser require(Set<Role> roles) {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(roles::contains))
        .orElseThrow(() -> new AccessDeniedException("organisations"));
  }

  /** An organisation of the caller's region, else 404. */
  Organisation inScope(long id) {
    Organisation o =
        queries.find(id).orElseThrow(() -> new RecordNotFoundException("organisation"));
    scope.requireInScope(o.regionCode());
    return o;
  }

  /** The organisation of the caller's own account, else 404. */
  Organisation own(StaffUser user) {
    long id =
        accounts
            .organisationOf(user.username())
            .orElseThrow(() -> new RecordNotFoundException("organisation"));
    return queries.find(id).orElseThrow(() -> new RecordNotFoundException("organisation"));
  }

  /** Staff read what is in their region; an organisation account (only) its own organisation. */
  Organisation readable(long id) {
    StaffUser user =
        currentUser.staff().orElseThrow(() -> new AccessDeniedException("organisations"));
    boolean staff = user.roles().stream().anyMatch(READ::contains);
    if (staff) {
      return inScope(id);
    }
    if (user.has(Role.ORGANISATION_ACCOUNT)) {
      Organisation own = own(user);
      if (own.id() != id) {
        throw new RecordNotFoundException("organisation");
      }
      return own;
    }
    throw new AccessDeniedException("organisations");
  }

  static Map<String, String> errors(InvalidInput e) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(e.field() == null ? "form" : e.field(), e.getMessage());
    return m;
  }
}
