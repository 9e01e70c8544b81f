package cn.minzheng.registry;

import java.time.LocalDate;
import java.util.List;

/** A household with its current members (head first). */
public record HouseholdSummary(
    long id,
    String number,
    String regionCode,
    String address,
    Long headPersonId,
    List<Member> members) {

  public record Member(
      long personId, String name, Relationship relationship, LocalDate memberSince) {}
}
