package cn.minzheng.elderly.web;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import org.springframework.stereotype.Component;

/** Finds a person by ID number inside the caller's region (404 semantics outside). */
@Component
class ElderLookup {

  private final PersonDirectory persons;
  private final DataScope scope;

  ElderLookup(PersonDirectory persons, DataScope scope) {
    this.persons = persons;
    this.scope = scope;
  }

  PersonSummary inScope(String idNumber) {
    try {
      PersonSummary person =
          persons
              .findByIdNumber(IdCardNo.parse(idNumber == null ? "" : idNumber.strip()))
              .orElseThrow(() -> new RecordNotFoundException("person"));
      scope.requireInScope(person.residenceRegionCode());
      return person;
    } catch (InvalidIdCardNoException e) {
      throw new IllegalArgumentException("身份证号：" + e.getMessage());
    }
  }
}
