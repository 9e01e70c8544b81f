package cn.minzheng.registry.domain.importing;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.registry.Relationship;
import cn.minzheng.registry.domain.importing.ImportReport.RowError;
import cn.minzheng.registry.domain.person.PersonForm;
import cn.minzheng.registry.domain.person.PersonStore;
import cn.minzheng.registry.domain.person.PersonValidator;
import cn.minzheng.registry.domain.person.ValidPerson;
import cn.minzheng.registry.domain.validation.FormReader;
import cn.minzheng.registry.domain.validation.RegistryValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Checks every row of an import before anything is written: the person rules of {@link
 * PersonValidator} (scope included), duplicates inside the file, persons already registered, and
 * the household groups (exactly one 户主 each).
 */
@Component
class ImportChecker {

  static final class CheckedRow {
    final int line;
    ValidPerson person;
    String group;
    Relationship relationship;
    boolean existing;
    Long personId;

    CheckedRow(int line) {
      this.line = line;
    }
  }

  record Group(String key, CheckedRow head, List<CheckedRow> members) {}

  record Result(
      List<CheckedRow> valid, List<Group> groups, List<RowError> errors, int alreadyRegistered) {

    int rejectedLines() {
      Set<Integer> lines = new TreeSet<>();
      errors.forEach(e -> lines.add(e.line()));
      return lines.size();
    }
  }

  private final PersonValidator validator;
  private final PersonStore persons;
  private final FieldCipher cipher;

  ImportChecker(PersonValidator validator, PersonStore persons, FieldCipher cipher) {
    this.validator = validator;
    this.persons = persons;
    this.cipher = cipher;
  }

  Result check(List<ImportRow> rows) {
    List<RowError> errors = new ArrayList<>();
    List<CheckedRow> checked = new ArrayList<>();
    Map<String, Integer> firstLineOfId = new HashMap<>();
    for (ImportRow row : rows) {
      CheckedRow c = checkRow(row, errors);
      checked.add(c);
      if (c.person == null) {
        continue;
      }
      Integer first = firstLineOfId.putIfAbsent(c.person.idNumber().value(), c.line);
      if (first != null) {
        errors.add(new RowError(c.line, "身份证号", "与第" + first + "行的身份证号重复"));
      } else {
        c.existing =
            persons.findByIdNumberIndex(cipher.blindIndex(c.person.idNumber().value())).isPresent();
      }
    }
    List<Group> groups = groups(checked, errors);
    Set<Integer> bad = new TreeSet<>();
    errors.forEach(e -> bad.add(e.line()));
    List<CheckedRow> valid =
        checked.stream()
            .filter(c -> c.person != null && !c.existing && !bad.contains(c.line))
            .toList();
    List<Group> usable = new ArrayList<>();
    for (Group g : groups) {
      if (valid.contains(g.head())) {
        usable.add(
            new Group(g.key(), g.head(), g.members().stream().filter(valid::contains).toList()));
      }
    }
    int existing = (int) checked.stream().filter(c -> c.existing).count();
    errors.sort(java.util.Comparator.comparingInt(RowError::line));
    return new Result(valid, usable, errors, existing);
  }

  private CheckedRow checkRow(ImportRow row, List<RowError> errors) {
    CheckedRow c = new CheckedRow(row.line());
    PersonForm form = new PersonForm();
    form.setIdNumber(row.get("idNumber"));
    form.setName(row.get("name"));
    form.setSex(row.get("sex"));
    form.setBirthDate(ImportDates.normalise(row.get("birthDate")));
    form.setEthnicityCode(row.get("ethnicityCode"));
    form.setPhone(row.get("phone"));
    form.setHukouRegionCode(row.get("hukouRegionCode"));
    form.setResidenceRegionCode(row.get("residenceRegionCode"));
    form.setAddress(row.get("address"));
    form.setMaritalStatus(row.get("maritalStatus"));
    form.setDisabilityCategory(row.get("disabilityCategory"));
    form.setDisabilityGrade(row.get("disabilityGrade"));
    form.setDisabilityCertificateDate(ImportDates.normalise(row.get("disabilityCertificateDate")));
    form.setLegalBasis(row.get("legalBasis"));
    try {
      c.person = validator.validate(form);
    } catch (RegistryValidationException e) {
      e.errors()
          .forEach(
              err ->
                  errors.add(
                      new RowError(c.line, ImportColumns.headerOf(err.field()), err.message())));
    }
    String group = FormReader.trimToNull(row.get(ImportColumns.HOUSEHOLD_GROUP));
    if (group != null) {
      c.group = group;
      FormReader r = new FormReader();
      c.relationship =
          r.enumValue(
              ImportColumns.RELATIONSHIP,
              "与户主关系",
              Relationship.class,
              row.get(ImportColumns.RELATIONSHIP),
              null);
      if (c.relationship == null && !r.hasError(ImportColumns.RELATIONSHIP)) {
        r.error(ImportColumns.RELATIONSHIP, "填写家庭编组时必须填写与户主关系");
      }
      r.errorsList().forEach(err -> errors.add(new RowError(c.line, "与户主关系", err.message())));
    }
    return c;
  }

  private static List<Group> groups(List<CheckedRow> rows, List<RowError> errors) {
    Map<String, List<CheckedRow>> byKey = new LinkedHashMap<>();
    rows.stream()
        .filter(c -> c.group != null)
        .forEach(c -> byKey.computeIfAbsent(c.group, k -> new ArrayList<>()).add(c));
    List<Group> groups = new ArrayList<>();
    byKey.forEach(
        (key, members) -> {
          List<CheckedRow> heads =
              members.stream().filter(c -> c.relationship == Relationship.HEAD).toList();
          if (heads.size() != 1) {
            members.forEach(
                m -> errors.add(new RowError(m.line, "家庭编组", "家庭编组" + key + "须有且仅有一名户主")));
            return;
          }
          CheckedRow head = heads.get(0);
          List<CheckedRow> others = members.stream().filter(m -> m != head).toList();
          if (head.existing) {
            others.stream()
                .filter(m -> !m.existing)
                .forEach(m -> errors.add(new RowError(m.line, "家庭编组", "户主已登记，请在家庭页面为其办理成员入户")));
            return;
          }
          if (head.person != null && head.person.address() == null) {
            errors.add(new RowError(head.line, "住址", "户主须填写住址（作为家庭住址）"));
          }
          boolean headBad =
              head.person == null || errors.stream().anyMatch(e -> e.line() == head.line);
          if (headBad) {
            others.forEach(m -> errors.add(new RowError(m.line, "家庭编组", "本家庭户主所在行有误，家庭未导入")));
            return;
          }
          groups.add(new Group(key, head, others.stream().filter(m -> !m.existing).toList()));
        });
    return groups;
  }
}
