package cn.minzheng.registry;

import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.platform.Role;
import cn.minzheng.registry.domain.household.HouseholdRestructuring;
import cn.minzheng.registry.domain.household.HouseholdService;
import cn.minzheng.registry.domain.person.PersonService;
import cn.minzheng.registry.domain.validation.RegistryValidationException;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class HouseholdTest {

  @Autowired PersonService persons;
  @Autowired HouseholdService households;
  @Autowired HouseholdRestructuring restructuring;
  @Autowired PersonDirectory directory;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  private final LocalDate today = ChinaTime.today();

  @Test
  void thedatabaseKeepsAPersonInAtMostOneHousehold() {
    long person = RegistryTestData.person(persons, "周一", COMMUNITY);
    long other = RegistryTestData.person(persons, "周二", COMMUNITY);
    long first =
        as(auth(CITY, Role.CITY_ADMIN), () -> households.create(COMMUNITY, "一号院", person, today));
    long second =
        as(auth(CITY, Role.CITY_ADMIN), () -> households.create(COMMUNITY, "二号院", other, today));

    // Straight past the application: the partial unique index refuses a second current membership.
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into registry.household_member (household_id, person_id, relationship,"
                            + " valid_from, created_by) values (?, ?, 'OTHER', ?, 'test')")
                    .params(second, person, today)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class);
    // And through the application, with a field error in Chinese.
    assertThatThrownBy(
            () ->
                as(
                    auth(CITY, Role.CITY_ADMIN),
                    () -> {
                      households.addMember(second, person, Relationship.SPOUSE, today);
                      return null;
                    }))
        .isInstanceOfSatisfying(
            RegistryValidationException.class,
            e -> assertThat(e.errors().get(0).message()).contains("已属于其他家庭"));
    assertThat(directory.householdOf(person).orElseThrow().id()).isEqualTo(first);
  }

  @Test
  void aSplitFormsANewHouseholdAndKeepsTheHistoryOfTheOldOne() {
    long head = RegistryTestData.person(persons, "吴父", COMMUNITY);
    long son = RegistryTestData.person(persons, "吴子", COMMUNITY);
    long daughterInLaw = RegistryTestData.person(persons, "郑媳", COMMUNITY);
    var street = auth(STREET, Role.STREET_CASEWORKER);
    long old =
        as(
            street,
            () -> {
              long h = households.create(COMMUNITY, "老宅", head, today.minusYears(1));
              households.addMember(h, son, Relationship.SON, today.minusYears(1));
              households.addMember(h, daughterInLaw, Relationship.OTHER, today.minusYears(1));
              return h;
            });

    long created =
        as(
            street,
            () ->
                restructuring.split(
                    old, Set.of(son, daughterInLaw), son, "510104001002", "新居", today, "成家分户"));

    HouseholdSummary oldNow = directory.householdOf(head).orElseThrow();
    HouseholdSummary newNow = directory.householdOf(son).orElseThrow();
    assertThat(oldNow.id()).isEqualTo(old);
    assertThat(oldNow.members())
        .extracting(HouseholdSummary.Member::personId)
        .containsExactly(head);
    assertThat(newNow.id()).isEqualTo(created);
    assertThat(newNow.headPersonId()).isEqualTo(son);
    assertThat(newNow.members())
        .extracting(HouseholdSummary.Member::personId)
        .containsExactlyInAnyOrder(son, daughterInLaw);
    assertThat(directory.find(son).orElseThrow().residenceRegionCode()).isEqualTo("510104001002");

    // The old household still knows who lived there and until when.
    long closed =
        jdbc.sql(
                "select count(*) from registry.household_member where household_id = ?"
                    + " and valid_to is not null")
            .param(old)
            .query(Long.class)
            .single();
    assertThat(closed).isEqualTo(2);
    assertThat(
            jdbc.sql("select change_kind from registry.household_history where household_id = ?")
                .param(old)
                .query(String.class)
                .list())
        .contains("SPLIT");
    assertThat(
            jdbc.sql("select change_kind from registry.person_history where person_id = ?")
                .param(son)
                .query(String.class)
                .list())
        .contains("HOUSEHOLD_LEFT", "HOUSEHOLD_JOINED", "MOVED");
    assertThat(events.stream(HouseholdChanged.class).filter(e -> e.householdId() == old))
        .extracting(HouseholdChanged::change)
        .contains("SPLIT");
    assertThat(events.stream(HouseholdChanged.class).filter(e -> e.householdId() == created))
        .isNotEmpty();
  }

  @Test
  void theHeadCannotBeSplitOff() {
    long head = RegistryTestData.person(persons, "冯父", COMMUNITY);
    long son = RegistryTestData.person(persons, "冯子", COMMUNITY);
    var city = auth(CITY, Role.CITY_ADMIN);
    long h =
        as(
            city,
            () -> {
              long id = households.create(COMMUNITY, "冯宅", head, today);
              households.addMember(id, son, Relationship.SON, today);
              return id;
            });
    assertThatThrownBy(
            () ->
                as(
                    city,
                    () -> restructuring.split(h, Set.of(head, son), son, null, null, today, "x")))
        .isInstanceOf(RegistryValidationException.class);
    assertThat(directory.householdOf(son).orElseThrow().id()).isEqualTo(h);
  }

  @Test
  void changingTheHeadKeepsWhoWasHeadBefore() {
    long father = RegistryTestData.person(persons, "褚父", COMMUNITY);
    long son = RegistryTestData.person(persons, "褚子", COMMUNITY);
    var city = auth(CITY, Role.CITY_ADMIN);
    long h =
        as(
            city,
            () -> {
              long id = households.create(COMMUNITY, "褚宅", father, today.minusYears(2));
              households.addMember(id, son, Relationship.SON, today.minusYears(2));
              households.changeHead(id, son, Relationship.PARENT, "父亲年迈");
              return id;
            });

    HouseholdSummary now = directory.householdOf(father).orElseThrow();
    assertThat(now.headPersonId()).isEqualTo(son);
    assertThat(now.members())
        .extracting(HouseholdSummary.Member::relationship)
        .containsExactly(Relationship.HEAD, Relationship.PARENT);
    assertThat(
            jdbc.sql(
                    "select count(*) from registry.household_member where household_id = ?"
                        + " and person_id = ? and relationship = 'HEAD' and valid_to is not null")
                .params(h, father)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
