package cn.minzheng.registry.domain.household;

import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.Relationship;
import cn.minzheng.registry.domain.history.Actor;
import cn.minzheng.registry.domain.history.ChangeSet;
import cn.minzheng.registry.domain.history.HistoryStore;
import cn.minzheng.registry.domain.person.PersonRow;
import cn.minzheng.registry.domain.person.PersonStore;
import cn.minzheng.registry.domain.validation.FormReader;
import cn.minzheng.registry.domain.validation.RegionRules;
import cn.minzheng.registry.domain.validation.RegistryValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a household (迁移: new address or region, members' residence follows) and splitting one (分户:
 * selected members form a new household). Closed membership rows keep the history.
 */
@Service
@Transactional
public class HouseholdRestructuring {

  private final HouseholdService service;
  private final HouseholdStore households;
  private final PersonStore persons;
  private final HistoryStore history;
  private final RegionRules regions;
  private final Actor actor;

  HouseholdRestructuring(
      HouseholdService service,
      HouseholdStore households,
      PersonStore persons,
      HistoryStore history,
      RegionRules regions,
      Actor actor) {
    this.service = service;
    this.households = households;
    this.persons = persons;
    this.history = history;
    this.regions = regions;
    this.actor = actor;
  }

  public void move(long householdId, String regionCode, String address, LocalDate date) {
    HouseholdRow h = service.requireVisibleForUpdate(householdId);
    FormReader r = new FormReader();
    String region = regions.scoped("regionCode", "迁入区划", regionCode, r);
    String addr = FormReader.trimToNull(address);
    if (addr == null) {
      r.error("address", "新住址不能为空");
    }
    r.throwIfAny();
    String by = actor.name();
    households.move(householdId, region, addr, by);
    for (HouseholdSummary.Member m : households.currentMembers(householdId)) {
      relocate(m.personId(), region, addr, by);
    }
    service.changed(
        householdId,
        region,
        "MOVED",
        date,
        new ChangeSet()
            .diff("regionCode", h.regionCode(), region)
            .diff("address", h.address(), addr),
        null);
  }

  private void relocate(long personId, String region, String address, String by) {
    PersonRow p = persons.findForUpdate(personId).orElseThrow();
    persons.setResidence(personId, region, address, by);
    history.person(
        personId,
        "MOVED",
        new ChangeSet()
            .diff("residenceRegionCode", p.residenceRegionCode(), region)
            .diff("address", p.address(), address),
        null,
        by);
  }

  /**
   * Splits off the selected members into a new household headed by {@code newHeadId}; the others
   * keep their relationship. The old head stays in the old household.
   *
   * @return the new household's id
   */
  public long split(
      long householdId,
      Set<Long> memberIds,
      long newHeadId,
      String regionCode,
      String address,
      LocalDate date,
      String reason) {
    HouseholdRow old = service.requireVisibleForUpdate(householdId);
    List<HouseholdSummary.Member> current = households.currentMembers(householdId);
    requireSplittable(old, current, memberIds, newHeadId);
    String by = actor.name();
    leave(old, current, memberIds, date, reason, by);
    String region = regionCode == null || regionCode.isBlank() ? old.regionCode() : regionCode;
    String addr = address == null || address.isBlank() ? old.address() : address;
    long created = service.create(region, addr, newHeadId, date);
    boolean relocated = !region.equals(old.regionCode()) || !addr.equals(old.address());
    for (HouseholdSummary.Member m : current) {
      if (memberIds.contains(m.personId()) && m.personId() != newHeadId) {
        Relationship rel =
            m.relationship() == Relationship.HEAD ? Relationship.OTHER : m.relationship();
        service.join(created, m.personId(), rel, date, by);
      }
      if (memberIds.contains(m.personId()) && relocated) {
        relocate(m.personId(), region, addr, by);
      }
    }
    service.changed(
        householdId,
        old.regionCode(),
        "SPLIT",
        date,
        new ChangeSet().diff("splitInto", null, created).diff("members", null, memberIds.size()),
        reason);
    return created;
  }

  /** Only current members other than the head may leave, the new head among them. */
  private static void requireSplittable(
      HouseholdRow old,
      List<HouseholdSummary.Member> current,
      Set<Long> memberIds,
      long newHeadId) {
    Set<Long> currentIds =
        current.stream()
            .map(HouseholdSummary.Member::personId)
            .collect(java.util.stream.Collectors.toSet());
    if (memberIds.isEmpty() || !currentIds.containsAll(memberIds)) {
      throw RegistryValidationException.of("memberIds", "请选择本家庭的现有成员分户");
    }
    if (memberIds.contains(old.headPersonId())) {
      throw RegistryValidationException.of("memberIds", "原户主不能分出，请选择其他成员");
    }
    if (!memberIds.contains(newHeadId)) {
      throw RegistryValidationException.of("newHeadId", "新户主必须是分出的成员之一");
    }
  }

  /** Ends the leaving members' membership in the old household, with their history. */
  private void leave(
      HouseholdRow old,
      List<HouseholdSummary.Member> current,
      Set<Long> memberIds,
      LocalDate date,
      String reason,
      String by) {
    for (HouseholdSummary.Member m : current) {
      if (memberIds.contains(m.personId())) {
        households.endMembership(old.id(), m.personId(), date);
        history.person(
            m.personId(),
            "HOUSEHOLD_LEFT",
            new ChangeSet().diff("household", old.number(), null),
            reason,
            by);
      }
    }
  }
}
