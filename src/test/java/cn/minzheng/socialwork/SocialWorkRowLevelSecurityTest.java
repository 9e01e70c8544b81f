package cn.minzheng.socialwork;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;

import cn.minzheng.testing.RowLevelSecurityTestBase;
import cn.minzheng.testing.UnscopedQueryProbe.RowsInThreeRegions;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The second layer of data scope on social work's service records (socialwork V4): a query that
 * forgot its region filter returns no service to a resident of another street's station in a street
 * caseworker's request.
 */
class SocialWorkRowLevelSecurityTest extends RowLevelSecurityTestBase {

  SocialWorkRowLevelSecurityTest() {
    super(-7_800_000, "socialwork.social_worker id", "socialwork.station id");
  }

  @Test
  void serviceRecordsOfAnotherStreetStayOutOfAStreetCaseworkersUnscopedQuery() throws Exception {
    long worker = worker();
    var rows =
        new RowsInThreeRegions(
            "socialwork.service_record",
            "id",
            serviceRecord(station(COMMUNITY), COMMUNITY, worker),
            serviceRecord(station(SIBLING_STREET_COMMUNITY), SIBLING_STREET_COMMUNITY, worker),
            serviceRecord(station(SIBLING_DISTRICT_COMMUNITY), SIBLING_DISTRICT_COMMUNITY, worker));
    assertRowScoped(rows);
    assertWritesRowScoped(rows);
  }

  private long worker() {
    long id =
        jdbc.sql(
                """
                insert into socialwork.social_worker (person_id, region_code, level,
                       certificate_number, certificate_year, created_by)
                values (:person, :region, 'ASSISTANT', :certificate, 2020, 'rls-test')
                returning id""")
            .param("person", fakePerson())
            .param("region", COMMUNITY)
            .param("certificate", "行级" + UUID.randomUUID())
            .query(Long.class)
            .single();
    return created("socialwork.social_worker", "id", id);
  }

  /** The community's station: another test's when there is one (one station per region). */
  private long station(String region) {
    jdbc.sql(
            """
            insert into socialwork.station (region_code, level, name, opened_on, created_by)
            values (:region, 'COMMUNITY', '行级测试社工站', date '2026-01-01', 'rls-test')
            on conflict (region_code) do nothing""")
        .param("region", region)
        .update();
    long id =
        jdbc.sql("select id from socialwork.station where region_code = :region")
            .param("region", region)
            .query(Long.class)
            .single();
    boolean ours =
        jdbc.sql("select created_by = 'rls-test' from socialwork.station where id = :id")
            .param("id", id)
            .query(Boolean.class)
            .single();
    return ours ? created("socialwork.station", "id", id) : id;
  }

  private long serviceRecord(long station, String region, long worker) {
    long id =
        jdbc.sql(
                """
                insert into socialwork.service_record (station_id, region_code, person_id,
                       worker_id, service_type, served_on, minutes, content, recorded_by)
                values (:station, :region, :person, :worker,
                        'VISIT', date '2026-10-01',
                        30, '行级测试服务', 'rls-test')
                returning id""")
            .param("station", station)
            .param("region", region)
            .param("person", fakePerson())
            .param("worker", worker)
            .query(Long.class)
            .single();
    return created("socialwork.service_record", "id", id);
  }
}
