package cn.minzheng.rescue;

import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.rescue.RescueTestData.CITY;
import static cn.minzheng.rescue.RescueTestData.JINJIANG;
import static cn.minzheng.rescue.RescueTestData.arrivalDaysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import cn.minzheng.platform.WorkQueueSource.WorkQueueEntry;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.rescue.intake.Admissions;
import cn.minzheng.rescue.intake.Admissions.Description;
import cn.minzheng.rescue.intake.Exits;
import cn.minzheng.rescue.intake.Exits.ExitForm;
import cn.minzheng.rescue.intake.IntakeQueries;
import cn.minzheng.rescue.intake.StayRecords;
import cn.minzheng.rescue.stations.RescueStations;
import cn.minzheng.rescue.stations.StationStaff;
import cn.minzheng.shared.ChinaTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 待办 card of a station account (救助站在站人员) counts the persons in its own station now, with those
 * beyond the 10-day stay as overdue: admitted 9 days ago (day 10 today) is within the stay, 10 days
 * ago (day 11) is overdue, an extension moves the last day, a person who left is not counted, and
 * another station's persons never are.
 */
@SpringBootTest
class RescueWorkQueueTest {

  @Autowired RescueStations stations;
  @Autowired StationStaff staff;
  @Autowired Admissions admissions;
  @Autowired IntakeQueries queries;
  @Autowired StayRecords stays;
  @Autowired Exits exits;
  @Autowired JdbcClient jdbc;
  @Autowired List<WorkQueueSource> queues;

  @Test
  void aStationAccountCountsItsOwnStaysAndTheOverdueOnesFromTheEleventhDay() {
    long mine = RescueTestData.station(stations, JINJIANG);
    long other = RescueTestData.station(stations, JINJIANG);
    StaffUser account = stationAccount(JINJIANG);
    as(
        CITY,
        () -> {
          staff.bind(account.username(), mine, "test");
          return null;
        });

    admit(mine, 0);
    admit(mine, 9); // day 10 of the stay: the last day, not overdue
    admit(mine, 10); // day 11: overdue
    long extended = admit(mine, 15);
    long left = admit(mine, 20);
    admit(other, 30); // another station's overdue stay: not this account's
    assertThat(card(account)).containsExactly(5, 3);

    // an extension to today makes the stay current again; a person who left is no longer counted
    as(
        CITY,
        () -> {
          stays.extend(
              queries.find(extended).orElseThrow(), ChinaTime.today().toString(), "等待寻亲结果", "t");
          exits.exit(
              queries.find(left).orElseThrow(),
              new ExitForm("LEFT", ChinaTime.today().toString(), null, null, null, null, "自行离站"),
              "t");
          return null;
        });
    assertThat(card(account)).containsExactly(4, 1);

    // the district's staff see both stations' stays (their region), including the other overdue one
    StaffUser district =
        new StaffUser(99_001, "rq-district", "区民政", JINJIANG, Set.of(Role.DISTRICT_APPROVER));
    long[] both = card(district);
    assertThat(both[0]).isGreaterThanOrEqualTo(5);
    assertThat(both[1]).isGreaterThanOrEqualTo(2);
  }

  @Test
  void anAccountOfAnotherRoleOrWithoutAStationHasNoStationCard() {
    long station = RescueTestData.station(stations, JINJIANG);
    admit(station, 12);
    StaffUser unbound = stationAccount(JINJIANG);
    StaffUser worker =
        new StaffUser(
            99_002, "rq-worker", "社区", RegistryTestData.COMMUNITY, Set.of(Role.COMMUNITY_WORKER));

    assertThat(card(unbound)).containsExactly(0, 0);
    assertThat(card(worker)).containsExactly(0, 0);
  }

  /** The card {count, overdue}, {0, 0} when the user has none. */
  private long[] card(StaffUser user) {
    return queues.stream()
        .flatMap(q -> q.pendingFor(user).stream())
        .filter(e -> e.kind().equals("rescue.intake"))
        .findFirst()
        .map((WorkQueueEntry e) -> new long[] {e.count(), e.overdue()})
        .orElse(new long[] {0, 0});
  }

  private long admit(long station, int daysAgo) {
    return as(
        CITY,
        () ->
            admissions.admitUnidentified(
                new Description("男，约50岁，灰色外套", "MALE", "50", null),
                arrivalDaysAgo(station, daysAgo),
                code -> true,
                "t"));
  }

  private StaffUser stationAccount(String region) {
    String username = "rq_" + UUID.randomUUID().toString().substring(0, 8);
    StaffSignIn.createAccount(jdbc, username, "站员", "{noop}x", Role.RESCUE_STATION, region);
    long id =
        jdbc.sql("select id from platform.staff_account where username = ?")
            .param(username)
            .query(Long.class)
            .single();
    return new StaffUser(id, username, "站员", region, Set.of(Role.RESCUE_STATION));
  }
}
