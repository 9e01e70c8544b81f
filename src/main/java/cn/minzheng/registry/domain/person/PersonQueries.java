package cn.minzheng.registry.domain.person;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.domain.facades.RegistryDirectory;
import cn.minzheng.registry.domain.household.HouseholdStore;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff reads of one person: the detail (masked) and the audited "show full value". */
@Service
@Transactional(readOnly = true)
public class PersonQueries {

  /** Roles that may see a full ID number or phone on request; community workers may not. */
  public static final Set<Role> UNMASK_ROLES =
      EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.STREET_CASEWORKER);

  private final PersonService service;
  private final PersonMapper mapper;
  private final RegistryDirectory directory;
  private final HouseholdStore households;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final DisabilityDetailRule disability;

  PersonQueries(
      PersonService service,
      PersonMapper mapper,
      RegistryDirectory directory,
      HouseholdStore households,
      CurrentUser currentUser,
      AuditLog audit,
      DisabilityDetailRule disability) {
    this.service = service;
    this.mapper = mapper;
    this.directory = directory;
    this.households = households;
    this.currentUser = currentUser;
    this.audit = audit;
    this.disability = disability;
  }

  public PersonDetail detail(long id) {
    PersonRow row = service.requireVisible(id);
    return new PersonDetail(
        disability.shown(mapper.toSummary(row)),
        mapper.maskedPhone(row),
        row.address(),
        row.legalBasis(),
        row.createdAt(),
        row.createdBy(),
        row.updatedAt(),
        row.updatedBy(),
        row.version(),
        households.currentHouseholdIdOf(id).flatMap(directory::household).orElse(null));
  }

  public boolean mayUnmask() {
    return currentUser.staff().map(PersonQueries::mayUnmask).orElse(false);
  }

  private static boolean mayUnmask(StaffUser user) {
    return user.roles().stream().anyMatch(UNMASK_ROLES::contains);
  }

  /**
   * The full ID number, for a permitted role only; every display is audited, and so is a refusal
   * (the refusal's entry must survive the exception, hence no rollback for it).
   */
  @Transactional(noRollbackFor = AccessDeniedException.class)
  public String unmaskIdNumber(long id) {
    return unmask(id, "idNumber");
  }

  @Transactional(noRollbackFor = AccessDeniedException.class)
  public String unmaskPhone(long id) {
    return unmask(id, "phone");
  }

  /** The role first: a refused role gets 403 whether or not the person exists in its scope. */
  private String unmask(long id, String field) {
    if (!mayUnmask()) {
      audit.record(AuditEvent.denied("person.unmask", "person", Long.toString(id), field));
      throw new AccessDeniedException("unmask not permitted");
    }
    PersonRow row = service.requireVisible(id);
    audit.record(AuditEvent.success("person.unmask", "person", Long.toString(id), field));
    return "phone".equals(field) ? mapper.fullPhone(row) : mapper.fullIdNumber(row);
  }
}
