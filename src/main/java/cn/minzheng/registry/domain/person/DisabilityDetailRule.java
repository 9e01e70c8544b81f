package cn.minzheng.registry.domain.person;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.registry.domain.history.HistoryEntry;
import cn.minzheng.registry.domain.history.HistoryEntry.FieldChange;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The field rule for disability data in the registry's own pages and API (docs/security.md, "Field
 * rules by role"; PIPL art. 28, health data is sensitive personal information): the street and
 * above see category, grade and certificate date; a community worker sees only that the person
 * holds a certificate of a category ("持证"), and so neither sees nor changes the grade and date,
 * which the 残联 rating feed and the street keep. Other modules read the full record through the
 * registry's published views for their own rules; this rule is about what a person on a screen
 * sees.
 */
@Component
public class DisabilityDetailRule {

  static final Set<Role> DETAIL_ROLES =
      EnumSet.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER, Role.STREET_CASEWORKER);

  private static final Set<String> DETAIL_FIELDS =
      Set.of("disabilityGrade", "disabilityCertificateDate");

  private final CurrentUser currentUser;

  DisabilityDetailRule(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  /** Whether the signed-in staff member sees and keeps grade and certificate date. */
  public boolean seesDetail() {
    return currentUser
        .staff()
        .map(user -> user.roles().stream().anyMatch(DETAIL_ROLES::contains))
        .orElse(false);
  }

  PersonSummary shown(PersonSummary person) {
    if (seesDetail() || person.disabilityCategory() == null) {
      return person;
    }
    return new PersonSummary(
        person.id(),
        person.name(),
        person.sex(),
        person.birthDate(),
        person.maskedIdNumber(),
        person.ethnicityCode(),
        person.hukouRegionCode(),
        person.residenceRegionCode(),
        person.lifeStatus(),
        person.dateOfDeath(),
        person.maritalStatus(),
        person.disabilityCategory(),
        null,
        null);
  }

  /** The history without the values of grade and date: that they changed stays visible. */
  List<HistoryEntry> shown(List<HistoryEntry> history) {
    if (seesDetail()) {
      return history;
    }
    return history.stream()
        .map(
            entry ->
                new HistoryEntry(
                    entry.changedAt(),
                    entry.changedBy(),
                    entry.kind(),
                    entry.changes().stream().map(DisabilityDetailRule::withheld).toList(),
                    entry.reason()))
        .toList();
  }

  private static FieldChange withheld(FieldChange change) {
    return DETAIL_FIELDS.contains(change.field())
        ? new FieldChange(change.field(), "（不显示）", "（不显示）")
        : change;
  }

  /** A form without grade and date for a viewer who may not see them. */
  void withhold(PersonForm form) {
    if (!seesDetail()) {
      form.setDisabilityGrade(null);
      form.setDisabilityCertificateDate(null);
    }
  }

  /**
   * For a viewer who may not see grade and date, the stored disability is kept whatever the input
   * says: they could not have read it, so an empty grade is not a wish to erase it.
   */
  void keepStored(PersonForm input, PersonForm stored) {
    if (!seesDetail()) {
      input.setDisabilityCategory(stored.getDisabilityCategory());
      input.setDisabilityGrade(stored.getDisabilityGrade());
      input.setDisabilityCertificateDate(stored.getDisabilityCertificateDate());
    }
  }
}
