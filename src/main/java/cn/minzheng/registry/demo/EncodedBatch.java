package cn.minzheng.registry.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The COPY text of one batch of households: their persons, the households, the memberships. */
record EncodedBatch(
    byte[] persons, byte[] households, byte[] members, int personCount, int householdCount) {

  static EncodedBatch of(DemoRows rows, List<DemoHousehold> batch, int personCount) {
    StringBuilder households = new StringBuilder(batch.size() * 120);
    StringBuilder members = new StringBuilder(personCount * 60);
    for (DemoHousehold household : batch) {
      rows.household(household, households);
      rows.members(household, members);
    }
    return new EncodedBatch(
        rows.persons(batch).getBytes(StandardCharsets.UTF_8),
        households.toString().getBytes(StandardCharsets.UTF_8),
        members.toString().getBytes(StandardCharsets.UTF_8),
        personCount,
        batch.size());
  }
}
