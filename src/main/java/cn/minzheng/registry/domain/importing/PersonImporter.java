package cn.minzheng.registry.domain.importing;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.JobProgress;
import cn.minzheng.registry.domain.history.Actor;
import cn.minzheng.registry.domain.history.HistoryStore;
import cn.minzheng.registry.domain.household.HouseholdService;
import cn.minzheng.registry.domain.person.PersonChanges;
import cn.minzheng.registry.domain.person.PersonStore;
import cn.minzheng.registry.domain.person.ValidPerson;
import cn.minzheng.shared.ChinaTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports persons and households from parsed rows. Idempotent twice over: the same file (SHA-256)
 * is refused as already imported, and a person already registered (blind index) is left as is. Rows
 * outside the caller's scope are row errors. With {@link ImportMode#ALL_OR_NOTHING} one bad row
 * keeps every row out; the whole import is one transaction either way. Its progress (rows checked,
 * then persons inserted) goes to the run's record as it goes.
 */
@Service
@Transactional
public class PersonImporter {

  private final ImportChecker checker;
  private final ImportBatchStore batches;
  private final PersonStore persons;
  private final HistoryStore history;
  private final HouseholdService households;
  private final FieldCipher cipher;
  private final AuditLog audit;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final Actor actor;

  PersonImporter(
      ImportChecker checker,
      ImportBatchStore batches,
      PersonStore persons,
      HistoryStore history,
      HouseholdService households,
      FieldCipher cipher,
      AuditLog audit,
      org.springframework.context.ApplicationEventPublisher events,
      Actor actor) {
    this.checker = checker;
    this.batches = batches;
    this.persons = persons;
    this.history = history;
    this.households = households;
    this.cipher = cipher;
    this.audit = audit;
    this.events = events;
    this.actor = actor;
  }

  public ImportReport importRows(
      byte[] sha256, String fileName, ImportMode mode, List<ImportRow> rows, JobProgress progress) {
    progress.total(rows.size());
    var previous = batches.importedAt(sha256);
    if (previous.isPresent()) {
      audit.record(
          AuditEvent.success("person.import", "import", null, "same file again, no change"));
      return new ImportReport(
          fileName, mode.name(), rows.size(), 0, 0, 0, false, previous.get(), List.of());
    }
    ImportChecker.Result checked = checker.check(rows);
    boolean commit = mode == ImportMode.KEEP_VALID || checked.errors().isEmpty();
    if (!commit) {
      return report(fileName, mode, rows, checked, 0, 0, false);
    }
    String by = actor.name();
    batches.insert(
        sha256, fileName, mode, rows.size(), checked.valid().size(), checked.rejectedLines(), by);
    int rejected = checked.rejectedLines();
    // rows already registered are read and neither accepted nor refused
    int unchanged = rows.size() - rejected - checked.valid().size();
    int inserted = 0;
    for (ImportChecker.CheckedRow row : checked.valid()) {
      row.personId = insert(row.person, by);
      inserted++;
      progress.counts(rejected + unchanged + inserted, inserted, rejected);
    }
    int created = createHouseholds(checked.groups(), by);
    audit.record(
        AuditEvent.success(
            "person.import",
            "import",
            null,
            "file "
                + fileName
                + ", mode "
                + mode
                + ", rows "
                + rows.size()
                + ", imported "
                + checked.valid().size()
                + ", rejected "
                + checked.rejectedLines()));
    return report(fileName, mode, rows, checked, checked.valid().size(), created, true);
  }

  /** One household per group of rows, at the head's residence; answers how many. */
  private int createHouseholds(List<ImportChecker.Group> groups, String by) {
    int created = 0;
    for (ImportChecker.Group group : groups) {
      ImportChecker.CheckedRow head = group.head();
      long household =
          households.create(
              head.person.residenceRegionCode(),
              head.person.address(),
              head.personId,
              ChinaTime.today());
      for (ImportChecker.CheckedRow member : group.members()) {
        households.join(household, member.personId, member.relationship, ChinaTime.today(), by);
      }
      created++;
    }
    return created;
  }

  private long insert(ValidPerson person, String by) {
    long id = persons.insert(person.encrypt(cipher), by);
    history.person(id, "IMPORTED", PersonChanges.of(null, person), null, by);
    events.publishEvent(
        new cn.minzheng.registry.PersonRegistered(id, person.residenceRegionCode()));
    if (person.disabilityCategory() != null) {
      events.publishEvent(
          new cn.minzheng.registry.DisabilityRated(
              id,
              person.disabilityCategory().name(),
              person.disabilityGrade(),
              person.disabilityCertificateDate()));
    }
    return id;
  }

  private static ImportReport report(
      String fileName,
      ImportMode mode,
      List<ImportRow> rows,
      ImportChecker.Result checked,
      int imported,
      int households,
      boolean committed) {
    return new ImportReport(
        fileName,
        mode.name(),
        rows.size(),
        imported,
        checked.alreadyRegistered(),
        households,
        committed,
        null,
        new ArrayList<>(checked.errors()));
  }
}
