package cn.minzheng.monitoring;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.testing.ApiContract;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 巡访关爱 批量分派: an office hands many open tasks to one worker at once, in one transaction; a task
 * outside the caller's scope is not found and nothing is assigned; a task outside the worker's
 * community or already visited refuses the whole batch; page and API alike, audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VisitAssignmentTest {

  static final String STREET = "510104001000";

  /** Monitoring tests' community (MonitoringTestData.COMMUNITY) and its sibling in the street. */
  static final String COMMUNITY = MonitoringTestData.COMMUNITY;

  static final String OTHER_COMMUNITY = "510104001001";
  static final String OTHER_STREET_COMMUNITY = "510104002001";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;

  private final StaffAuthentication office = auth(STREET, Role.STREET_CASEWORKER);

  private long task(String community) {
    long person =
        registry.person("巡访" + UUID.randomUUID().toString().substring(0, 4), community).id();
    return jdbc.sql(
            """
            insert into monitoring.visit_task (person_id, region_code, category, due_date)
            values (?, ?, 'DIBAO', ?) returning id""")
        .params(person, community, LocalDate.of(2026, 12, 20))
        .query(Long.class)
        .single();
  }

  /** An enabled community worker of {@code community}; answers the username. */
  private String worker(String community, String name) {
    String username = "visit_" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            "insert into platform.staff_account (username, display_name, password_hash,"
                + " region_code, roles, created_by, updated_by)"
                + " values (?, ?, 'x', ?, '{COMMUNITY_WORKER}', 'test', 'test')")
        .params(username, name, community)
        .update();
    return username;
  }

  private String assignee(long task) {
    return jdbc.sql("select assignee from monitoring.visit_task where id = ?")
        .param(task)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  @Test
  void anOfficeAssignsTheTickedTasksToOneWorkerInOneGoAuditedAndTheListShowsIt() throws Exception {
    long first = task(COMMUNITY);
    long second = task(COMMUNITY);
    String worker = worker(COMMUNITY, "王巡访");

    mvc.perform(
            post("/monitoring/visits/assignments")
                .param("selected", String.valueOf(first), String.valueOf(second))
                .param("worker", worker)
                .with(authentication(office))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", "已将 2 条巡访任务分派给 王巡访"));

    assertThat(assignee(first)).isEqualTo(worker);
    assertThat(assignee(second)).isEqualTo(worker);
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_log where action = 'monitoring.visit.assign'"
                        + " and detail like ?")
                .param("2 tasks to " + worker + "%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    String mine =
        mvc.perform(
                get("/monitoring/visits").param("assignee", worker).with(authentication(office)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(mine).contains("value=\"" + first + "\"").contains("value=\"" + second + "\"");
    assertThat(mine).contains("王巡访");
    String unassigned =
        mvc.perform(
                get("/monitoring/visits")
                    .param("assignee", "-")
                    .param("size", "100")
                    .with(authentication(office)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(unassigned).doesNotContain("value=\"" + first + "\"");
  }

  @Test
  void aForgedTaskOutsideTheCallersRegionIsNotFoundAndNothingIsAssigned() throws Exception {
    long mine = task(COMMUNITY);
    long forged = task(OTHER_STREET_COMMUNITY);
    String worker = worker(COMMUNITY, "李巡访");

    mvc.perform(
            post("/monitoring/visits/assignments")
                .param("selected", String.valueOf(mine), String.valueOf(forged))
                .param("worker", worker)
                .with(authentication(office))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/monitoring/visit-tasks/assignments")
                .contentType("application/json")
                .content(
                    "{\"taskIds\":[" + mine + "," + forged + "],\"worker\":\"" + worker + "\"}")
                .with(authentication(office))
                .with(csrf()))
        .andExpect(status().isNotFound());

    assertThat(assignee(mine)).isNull();
    assertThat(assignee(forged)).isNull();
  }

  @Test
  void aTaskOutsideTheWorkersCommunityRefusesTheWholeBatchOnPageAndApi() throws Exception {
    long here = task(COMMUNITY);
    long there = task(OTHER_COMMUNITY);
    String worker = worker(COMMUNITY, "赵巡访");

    mvc.perform(
            post("/monitoring/visits/assignments")
                .param("selected", String.valueOf(here), String.valueOf(there))
                .param("worker", worker)
                .with(authentication(office))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("problem", Matchers.containsString("不在赵巡访辖区内")));
    mvc.perform(
            post("/api/v1/monitoring/visit-tasks/assignments")
                .contentType("application/json")
                .content("{\"taskIds\":[" + here + "," + there + "],\"worker\":\"" + worker + "\"}")
                .with(authentication(office))
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("visit-task-outside-worker-region"))
        .andExpect(jsonPath("$.field").value("worker"));

    assertThat(assignee(here)).isNull();
    assertThat(assignee(there)).isNull();
  }

  @Test
  void theApiAssignsAndNamesTheWorkerAndRefusesAnEmptyBatchAnUnknownWorkerAndAVisitedTask()
      throws Exception {
    long first = task(COMMUNITY);
    long visited = task(COMMUNITY);
    jdbc.sql("update monitoring.visit_task set state = 'DONE' where id = ?")
        .param(visited)
        .update();
    String worker = worker(COMMUNITY, "钱巡访");

    MvcResult assigned =
        mvc.perform(
                post("/api/v1/monitoring/visit-tasks/assignments")
                    .contentType("application/json")
                    .content("{\"taskIds\":[" + first + "],\"worker\":\"" + worker + "\"}")
                    .with(authentication(office))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.tasks").value(1))
            .andExpect(jsonPath("$.worker").value(worker))
            .andExpect(jsonPath("$.workerName").value("钱巡访"))
            .andReturn();
    ApiContract.assertConforms(mvc, assigned);
    assertThat(assignee(first)).isEqualTo(worker);

    mvc.perform(
            post("/api/v1/monitoring/visit-tasks/assignments")
                .contentType("application/json")
                .content("{\"taskIds\":[],\"worker\":\"" + worker + "\"}")
                .with(authentication(office))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("selected"));
    mvc.perform(
            post("/api/v1/monitoring/visit-tasks/assignments")
                .contentType("application/json")
                .content("{\"taskIds\":[" + first + "],\"worker\":\"nobody_here\"}")
                .with(authentication(office))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("worker"));
    long other = task(COMMUNITY);
    mvc.perform(
            post("/api/v1/monitoring/visit-tasks/assignments")
                .contentType("application/json")
                .content(
                    "{\"taskIds\":[" + other + "," + visited + "],\"worker\":\"" + worker + "\"}")
                .with(authentication(office))
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("visit-task-done"));
    assertThat(assignee(other)).isNull();
  }
}
