package cn.minzheng.monitoring;

import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.registry.RegistryTestData.auth;

import cn.minzheng.monitoring.feeds.Delivery;
import cn.minzheng.monitoring.feeds.FeedFiles;
import cn.minzheng.monitoring.feeds.FeedImportResult;
import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.registry.domain.household.HouseholdService;
import cn.minzheng.registry.domain.person.PersonService;
import cn.minzheng.testing.IdNumbers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Registry persons with known ID numbers, households, and feed files for the monitoring tests. */
public final class MonitoringTestData {

  /**
   * The sibling community of 锦江区's first street: monitoring tests keep their households there, so
   * that other tests' community (510104001001) sees no monitoring work in its queue.
   */
  public static final String COMMUNITY = "510104001002";

  private MonitoringTestData() {}

  /** A registered person and the ID number the feeds will carry. */
  public record Resident(long personId, String idNumber) {}

  public static Resident resident(PersonService persons, String name, String region) {
    String id = IdNumbers.uniqueIdNumber(true);
    long personId =
        as(
            auth(CITY, Role.CITY_ADMIN),
            () -> persons.create(RegistryTestData.form(id, name, region)));
    return new Resident(personId, id);
  }

  /** A household of the given residents (the first is the head), registered on 2020-01-01. */
  public static long household(HouseholdService households, String region, List<Resident> members) {
    return as(
        auth(CITY, Role.CITY_ADMIN),
        () -> {
          long id =
              households.create(
                  region,
                  "测试路" + members.get(0).personId() + "号",
                  members.get(0).personId(),
                  LocalDate.of(2020, 1, 1));
          for (Resident m : members.subList(1, members.size())) {
            households.addMember(
                id,
                m.personId(),
                cn.minzheng.registry.Relationship.SPOUSE,
                LocalDate.of(2020, 1, 1));
          }
          return id;
        });
  }

  /** A CSV feed file with a header and the given data lines (a unique comment keeps it unique). */
  public static Path csv(String... lines) throws IOException {
    Path file = Files.createTempFile("feed-test-", ".csv");
    StringBuilder text = new StringBuilder("身份证号,日期,金额,说明\n");
    for (String line : lines) {
      text.append(line).append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  public static FeedImportResult importCsv(FeedImports imports, FeedType type, Path file)
      throws IOException {
    return imports.importRows(
        Delivery.upload(type, file.getFileName().toString(), FeedFiles.sha256(file)),
        FeedFiles.rows(file),
        "test");
  }

  public static FeedImportResult importLines(FeedImports imports, FeedType type, String... lines)
      throws IOException {
    return importCsv(imports, type, csv(lines));
  }

  public static String nonce() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
