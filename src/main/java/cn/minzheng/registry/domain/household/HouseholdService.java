package cn.minzheng.registry.domain.household;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.registry.HouseholdChanged;
import cn.minzheng.registry.LifeStatus;
import cn.minzheng.registry.Relationship;
import cn.minzheng.registry.domain.facades.RegistryDirectory;
import cn.minzheng.registry.domain.history.Actor;
import cn.minzheng.registry.domain.history.ChangeSet;
import cn.minzheng.registry.domain.history.HistoryStore;
import cn.minzheng.registry.domain.person.PersonStore;
import cn.minzheng.registry.domain.validation.FormReader;
import cn.minzheng.registry.domain.validation.RegionRules;
import cn.minzheng.registry.domain.validation.RegistryValidationException;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households: creation, members joining and leaving. Moves and splits are in {@link
 * HouseholdRestructuring}. Membership rows are closed, never deleted, so history stays.
 */
@Service
@Transactional
public class HouseholdService {

  private final HouseholdStore households;
  private final PersonStore persons;
  private final HistoryStore history;
  private final RegistryDirectory directory;
  private final RegionRules regions;
  private final DataScope scope;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Actor actor;

  HouseholdService(
      HouseholdStore households,
      PersonStore persons,
      HistoryStore history,
      RegistryDirectory directory,
      RegionRules regions,
      DataScope scope,
      AuditLog audit,
      ApplicationEventPublisher events,
      Actor actor) {
    this.households = households;
    this.persons = persons;
    this.history = history;
    this.directory = directory;
    this.regions = regions;
    this.scope = scope;
    this.audit = audit;
    this.events = events;
    this.actor = actor;
  }

  /** A new household with its head (户主). */
  public long create(String regionCode, String address, long headPersonId, LocalDate from) {
    FormReader r = new FormReader();
    String region = regions.scoped("regionCode", "家庭所在区划", regionCode, r);
    String addr = FormReader.trimToNull(address);
    if (addr == null) {
      r.error("address", "家庭住址不能为空");
    }
    r.throwIfAny();
    String by = actor.name();
    long id = households.insert(region, addr, by);
    join(id, headPersonId, Relationship.HEAD, from, by);
    changed(
        id,
        region,
        "CREATED",
        from,
        new ChangeSet().diff("address", null, addr).diff("regionCode", null, region),
        null);
    return id;
  }

  public void addMember(
      long householdId, long personId, Relationship relationship, LocalDate from) {
    HouseholdRow h = requireVisibleForUpdate(householdId);
    if (relationship == Relationship.HEAD && h.headPersonId() != null) {
      throw RegistryValidationException.of("relationship", "该家庭已有户主，请选择其他与户主关系");
    }
    String by = actor.name();
    join(householdId, personId, relationship, from, by);
    changed(
        householdId,
        h.regionCode(),
        "MEMBER_ADDED",
        from,
        new ChangeSet().diff("member", null, personId).diff("relationship", null, relationship),
        null);
  }

  public void removeMember(long householdId, long personId, LocalDate to, String reason) {
    HouseholdRow h = requireVisibleForUpdate(householdId);
    boolean isHead = Long.valueOf(personId).equals(h.headPersonId());
    if (isHead && households.currentMembers(householdId).size() > 1) {
      throw RegistryValidationException.of("personId", "户主不能在还有其他成员时迁出，请先办理分户或变更户主");
    }
    String by = actor.name();
    if (!households.endMembership(householdId, personId, to)) {
      throw RegistryValidationException.of("personId", "该人员不是本家庭的现有成员");
    }
    if (isHead) {
      households.setHead(householdId, null, by);
    }
    history.person(
        personId,
        "HOUSEHOLD_LEFT",
        new ChangeSet().diff("household", h.number(), null),
        reason,
        by);
    changed(
        householdId,
        h.regionCode(),
        "MEMBER_REMOVED",
        to,
        new ChangeSet().diff("member", personId, null),
        reason);
  }

  /**
   * 变更户主: a current member becomes head; the former head stays as {@code formerHeadBecomes}. Both
   * membership rows are closed and reopened with the new relationships, so the history keeps who
   * was head when.
   */
  public void changeHead(
      long householdId, long newHeadId, Relationship formerHeadBecomes, String reason) {
    HouseholdRow h = requireVisibleForUpdate(householdId);
    if (formerHeadBecomes == null || formerHeadBecomes == Relationship.HEAD) {
      throw RegistryValidationException.of("formerHeadBecomes", "请选择原户主与新户主的关系");
    }
    var members = households.currentMembers(householdId);
    if (members.stream().noneMatch(m -> m.personId() == newHeadId)
        || Long.valueOf(newHeadId).equals(h.headPersonId())) {
      throw RegistryValidationException.of("newHeadId", "新户主须为本家庭除户主外的现有成员");
    }
    String by = actor.name();
    LocalDate today = ChinaTime.today();
    if (h.headPersonId() != null) {
      households.endMembership(householdId, h.headPersonId(), today);
      households.addMember(householdId, h.headPersonId(), formerHeadBecomes, today, by);
    }
    households.endMembership(householdId, newHeadId, today);
    households.addMember(householdId, newHeadId, Relationship.HEAD, today, by);
    changed(
        householdId,
        h.regionCode(),
        "HEAD_CHANGED",
        today,
        new ChangeSet().diff("head", h.headPersonId(), newHeadId),
        reason);
  }

  /** Adds a person to a household; they must be in scope, alive and in no other household. */
  public void join(
      long householdId, long personId, Relationship relationship, LocalDate from, String by) {
    var person = persons.find(personId).filter(p -> scope.permits(p.residenceRegionCode()));
    if (person.isEmpty()) {
      throw RegistryValidationException.of("personId", "人员不存在或不在您的管辖范围内");
    }
    if (person.get().lifeStatus() == LifeStatus.DECEASED) {
      throw RegistryValidationException.of("personId", "已故人员不能加入家庭");
    }
    if (households.currentHouseholdIdOf(personId).isPresent()) {
      throw RegistryValidationException.of("personId", "该人员已属于其他家庭，请先从原家庭迁出");
    }
    try {
      households.addMember(householdId, personId, relationship, from, by);
    } catch (DuplicateKeyException e) {
      // The partial unique index: a concurrent request put the person in a household first.
      throw RegistryValidationException.of("personId", "该人员已属于其他家庭，请先从原家庭迁出");
    }
    String number = households.find(householdId).map(HouseholdRow::number).orElse(null);
    history.person(
        personId,
        "HOUSEHOLD_JOINED",
        new ChangeSet().diff("household", null, number).diff("relationship", null, relationship),
        null,
        by);
  }

  /** History, audit and {@link HouseholdChanged}, inside the caller's transaction. */
  void changed(
      long householdId,
      String region,
      String change,
      LocalDate date,
      ChangeSet details,
      String reason) {
    history.household(householdId, change, details, reason, actor.name());
    audit.record(
        AuditEvent.success("household.update", "household", Long.toString(householdId), change));
    events.publishEvent(new HouseholdChanged(householdId, region, change, date));
  }

  HouseholdRow requireVisibleForUpdate(long householdId) {
    HouseholdRow h =
        households
            .findForUpdate(householdId)
            .orElseThrow(() -> new RecordNotFoundException("household"));
    scope.requireInScope(h.regionCode());
    return h;
  }

  @Transactional(readOnly = true)
  public HouseholdDetail detail(long householdId) {
    HouseholdRow h =
        households.find(householdId).orElseThrow(() -> new RecordNotFoundException("household"));
    scope.requireInScope(h.regionCode());
    return new HouseholdDetail(
        directory.household(householdId).orElseThrow(),
        households.membershipHistory(householdId),
        history.ofHousehold(householdId));
  }
}
