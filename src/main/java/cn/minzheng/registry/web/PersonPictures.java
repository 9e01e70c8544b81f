package cn.minzheng.registry.web;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.PersonPictureSource;
import cn.minzheng.platform.PersonPictureSource.PictureEntry;
import cn.minzheng.registry.domain.household.HouseholdDetail;
import cn.minzheng.registry.domain.household.HouseholdService;
import cn.minzheng.registry.domain.household.MembershipRow;
import cn.minzheng.registry.domain.person.PersonDetail;
import cn.minzheng.registry.domain.person.PersonQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A person's or a household's whole picture: every module's entries for the person (or the current
 * members), grouped into the fixed sections. The person or household is read through the registry's
 * data scope first (404 outside the caller's subtree); then the modules' sources answer for those
 * ids. Audited: it gathers benefits and cases of one person on one page.
 */
@Component
class PersonPictures {

  private final List<PersonPictureSource> sources;
  private final PersonQueries persons;
  private final HouseholdService households;
  private final AuditLog audit;

  PersonPictures(
      List<PersonPictureSource> sources,
      PersonQueries persons,
      HouseholdService households,
      AuditLog audit) {
    this.sources = sources;
    this.persons = persons;
    this.households = households;
    this.audit = audit;
  }

  /** One section of the picture, its entries newest first. */
  record Section(String name, List<PictureEntry> entries) {}

  /** The picture of {@code personIds}: for a person one id, for a household its current members. */
  record Picture(String subject, List<Long> personIds, List<Section> sections) {}

  Picture ofPerson(long personId) {
    PersonDetail detail = persons.detail(personId);
    Picture picture = gather(detail.person().name(), List.of(personId));
    audit.record(
        AuditEvent.success("person.picture", "person", "" + personId, count(picture) + " 条"));
    return picture;
  }

  Picture ofHousehold(long householdId) {
    HouseholdDetail detail = households.detail(householdId);
    List<Long> members =
        detail.memberships().stream()
            .filter(MembershipRow::current)
            .map(MembershipRow::personId)
            .distinct()
            .toList();
    String head =
        detail.memberships().stream()
            .filter(MembershipRow::current)
            .map(MembershipRow::name)
            .findFirst()
            .orElse("");
    Picture picture = gather(head + "户", members);
    audit.record(
        AuditEvent.success(
            "household.picture", "household", "" + householdId, count(picture) + " 条"));
    return picture;
  }

  private Picture gather(String subject, List<Long> personIds) {
    List<PictureEntry> all = new ArrayList<>();
    if (!personIds.isEmpty()) {
      sources.forEach(source -> all.addAll(source.entriesOf(personIds)));
    }
    Map<String, List<PictureEntry>> bySection =
        all.stream().collect(Collectors.groupingBy(PictureEntry::section));
    List<Section> sections =
        PersonPictureSource.SECTIONS.stream()
            .map(
                name ->
                    new Section(
                        name,
                        bySection.getOrDefault(name, List.of()).stream()
                            .sorted(Comparator.comparing(PictureEntry::date).reversed())
                            .toList()))
            .toList();
    return new Picture(subject, personIds, sections);
  }

  private static long count(Picture picture) {
    return picture.sections().stream().mapToLong(s -> s.entries().size()).sum();
  }
}
