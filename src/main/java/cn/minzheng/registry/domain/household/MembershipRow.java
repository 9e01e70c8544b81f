package cn.minzheng.registry.domain.household;

import cn.minzheng.registry.Relationship;
import java.time.LocalDate;

/** One period of a person's membership in a household; open while {@code validTo} is null. */
public record MembershipRow(
    long personId, String name, Relationship relationship, LocalDate validFrom, LocalDate validTo) {

  public boolean current() {
    return validTo == null;
  }
}
