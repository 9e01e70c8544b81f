package cn.minzheng.platform.jobs;

import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.JobAlreadyRunning;
import cn.minzheng.platform.JobKind;
import cn.minzheng.platform.JobOutcome;
import cn.minzheng.platform.JobRun;
import cn.minzheng.platform.JobRuns;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The run history of long work: a run records who, where, counts and the first errors; a failing
 * work is recorded as failed; a second start of the same job is refused while it runs; the bar's
 * fragment says where a run stands; the history is scoped like every list.
 */
@SpringBootTest
@AutoConfigureMockMvc
class JobRunsTest {

  /** A kind the city administrator sees (a kind the modules declare; keys here are the tests'). */
  private static final JobKind ALLOWANCE =
      new JobKind("elderly.allowance-month", "高龄津贴月度核算", Set.of(Role.CITY_ADMIN), null);

  /** A kind the street's caseworkers see too. */
  private static final JobKind IMPORT =
      new JobKind("registry.person-import", "人员与家庭批量导入", Set.of(Role.STREET_CASEWORKER), null);

  private static final StaffAuthentication ADMIN = auth(CITY, Role.CITY_ADMIN);

  @Autowired JobRuns runs;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  private static String key() {
    return "test-" + UUID.randomUUID();
  }

  private String state(long id) {
    return jdbc.sql("select state from platform.job_run where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private void awaitEnd(long id) {
    Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> !"RUNNING".equals(state(id)));
  }

  @Test
  void aFinishedRunRecordsWhoWhereItsCountsAndItsFirstRowErrors() throws Exception {
    JobRun started =
        as(
            auth(STREET, Role.STREET_CASEWORKER),
            () ->
                runs.submit(
                    IMPORT,
                    key(),
                    progress -> {
                      progress.total(3);
                      progress.error(3L, "身份证号", "身份证号校验位错误");
                      progress.counts(3, 2, 1);
                      return JobOutcome.of(3, 2, 1, "导入完成：共 3 行");
                    }));
    awaitEnd(started.id());

    Map<String, Object> row =
        jdbc.sql(
                """
                select started_by, region_code, state, rows_total, rows_read, rows_accepted,
                       rows_refused, summary, finished_at is not null as ended
                  from platform.job_run where id = ?""")
            .param(started.id())
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("started_by", "ustreet_caseworker")
        .containsEntry("region_code", STREET)
        .containsEntry("state", "FINISHED")
        .containsEntry("rows_total", 3L)
        .containsEntry("rows_read", 3L)
        .containsEntry("rows_accepted", 2L)
        .containsEntry("rows_refused", 1L)
        .containsEntry("summary", "导入完成：共 3 行")
        .containsEntry("ended", true);
    assertThat(
            jdbc.sql(
                    "select row_number, field, message from platform.job_run_error where run_id = ?")
                .param(started.id())
                .query()
                .singleRow())
        .containsEntry("row_number", 3L)
        .containsEntry("field", "身份证号")
        .containsEntry("message", "身份证号校验位错误");

    var street = authentication(auth(STREET, Role.STREET_CASEWORKER));
    mvc.perform(get("/api/v1/jobs/" + started.id()).with(street))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("FINISHED"))
        .andExpect(jsonPath("$.percent").value(100))
        .andExpect(jsonPath("$.accepted").value(2))
        .andExpect(jsonPath("$.refused").value(1))
        .andExpect(jsonPath("$.kindLabel").value("人员与家庭批量导入"));
    mvc.perform(get("/api/v1/jobs/" + started.id() + "/errors").with(street))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].row").value(3))
        .andExpect(jsonPath("$[0].field").value("身份证号"));
  }

  @Test
  void aWorkThatFailsIsRecordedAsFailedWithItsReasonAndWhatItHadCounted() throws Exception {
    JobRun refused =
        as(
            ADMIN,
            () ->
                runs.submit(
                    ALLOWANCE,
                    key(),
                    progress -> {
                      progress.counts(40, 40, 0);
                      throw new IllegalArgumentException("文件无法读取：请上传Excel工作簿");
                    }));
    JobRun broken =
        as(
            ADMIN,
            () ->
                runs.submit(
                    ALLOWANCE,
                    key(),
                    progress -> {
                      throw new NullPointerException("internal detail");
                    }));
    awaitEnd(refused.id());
    awaitEnd(broken.id());

    assertThat(state(refused.id())).isEqualTo("FAILED");
    assertThat(failure(refused.id())).isEqualTo("文件无法读取：请上传Excel工作簿");
    assertThat(
            jdbc.sql("select rows_read from platform.job_run where id = ?")
                .param(refused.id())
                .query(Long.class)
                .single())
        .isEqualTo(40L);
    assertThat(state(broken.id())).isEqualTo("FAILED");
    assertThat(failure(broken.id()))
        .isEqualTo("运行失败：系统错误（NullPointerException），详情见服务器日志")
        .doesNotContain("internal detail");
  }

  private String failure(long id) {
    return jdbc.sql("select failure from platform.job_run where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  @Test
  void aSecondStartOfTheSameJobWhileItRunsIsRefusedNamingTheRunningOne() throws Exception {
    String month = key();
    CountDownLatch release = new CountDownLatch(1);
    JobRun first =
        as(
            ADMIN,
            () ->
                runs.submit(
                    ALLOWANCE,
                    month,
                    progress -> {
                      release.await(60, TimeUnit.SECONDS);
                      return JobOutcome.of(1, 1, 0, "完成");
                    }));
    try {
      assertThatThrownBy(
              () -> as(ADMIN, () -> runs.submit(ALLOWANCE, month, p -> JobOutcome.of(0, 0, 0, ""))))
          .isInstanceOfSatisfying(
              JobAlreadyRunning.class,
              e -> {
                assertThat(e.runningRunId()).isEqualTo(first.id());
                assertThat(e.getMessage()).contains("已有一次正在运行");
              });
      // another month of the same kind is another job
      JobRun other =
          as(ADMIN, () -> runs.submit(ALLOWANCE, key(), p -> JobOutcome.of(0, 0, 0, "")));
      awaitEnd(other.id());
      assertThat(state(other.id())).isEqualTo("FINISHED");
    } finally {
      release.countDown();
    }
    awaitEnd(first.id());
    JobRun again = as(ADMIN, () -> runs.submit(ALLOWANCE, month, p -> JobOutcome.of(0, 0, 0, "")));
    awaitEnd(again.id());
    assertThat(state(again.id())).isEqualTo("FINISHED");
  }

  @Test
  void aRunLeftRunningByAStoppedNodeIsEndedAsFailedWhenTheJobStartsAgain() throws Exception {
    String month = key();
    long stale =
        jdbc.sql(
                """
                insert into platform.job_run (kind, job_key, started_by, updated_at)
                values ('elderly.allowance-month', ?, 'system', ?) returning id""")
            .params(month, Timestamp.from(Instant.now().minus(Duration.ofHours(2))))
            .query(Long.class)
            .single();

    JobRun fresh = as(ADMIN, () -> runs.submit(ALLOWANCE, month, p -> JobOutcome.of(0, 0, 0, "")));
    awaitEnd(fresh.id());

    assertThat(state(stale)).isEqualTo("FAILED");
    assertThat(failure(stale)).contains("运行中断");
    assertThat(state(fresh.id())).isEqualTo("FINISHED");
  }

  @Test
  void theProgressFragmentPollsWhileARunRunsAndShowsTheOutcomeOnceItEnded() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    JobRun run =
        as(
            ADMIN,
            () ->
                runs.submit(
                    ALLOWANCE,
                    key(),
                    progress -> {
                      progress.total(4);
                      progress.counts(1, 1, 0);
                      release.await(60, TimeUnit.SECONDS);
                      progress.error(4L, "金额", "金额不能为负数");
                      return JobOutcome.of(4, 3, 1, "核算完成：3 人");
                    }));
    String running;
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  jdbc.sql("select rows_read from platform.job_run where id = ?")
                          .param(run.id())
                          .query(Long.class)
                          .single()
                      == 1L);
      running = fragment(run.id());
    } finally {
      release.countDown();
    }
    assertThat(running)
        .contains("hx-trigger=\"every 1s\"")
        .contains("data-state=\"RUNNING\"")
        .contains("运行中")
        .contains("25 %")
        .doesNotContain("查看错误明细");

    awaitEnd(run.id());
    String ended = fragment(run.id());
    assertThat(ended)
        .doesNotContain("hx-trigger")
        .contains("data-state=\"FINISHED\"")
        .contains("已完成")
        .contains("100 %")
        .contains("核算完成：3 人")
        .contains("/jobs/" + run.id() + "/errors");
    assertThat(
            mvc.perform(get("/jobs/" + run.id() + "/errors").with(authentication(ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("<td>4</td><td>金额</td><td>金额不能为负数</td>");
  }

  private String fragment(long id) throws Exception {
    return mvc.perform(get("/jobs/" + id + "/progress").with(authentication(ADMIN)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void aRunOfAnotherRegionIsNotFoundAndRolesWithoutAKindOfWorkAreRefused() throws Exception {
    JobRun cityRun = as(ADMIN, () -> runs.submit(IMPORT, key(), p -> JobOutcome.of(1, 1, 0, "完成")));
    awaitEnd(cityRun.id());
    var street = authentication(auth(STREET, Role.STREET_CASEWORKER));

    mvc.perform(get("/jobs/" + cityRun.id()).with(street)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/jobs/" + cityRun.id()).with(street)).andExpect(status().isNotFound());
    mvc.perform(get("/jobs/" + cityRun.id()).with(authentication(ADMIN)))
        .andExpect(status().isOk());
    mvc.perform(get("/jobs").with(authentication(auth(CITY, Role.AUDITOR))))
        .andExpect(status().isForbidden());
    // a kind the street's roles do not see is not found, not listed empty
    mvc.perform(get("/jobs").param("kind", "elderly.allowance-month").with(street))
        .andExpect(status().isNotFound());
  }

  @Test
  void theSchedulersRunsAreTheSystemsAndTheHistoryFiltersAndExportsThem() throws Exception {
    String month = key();
    JobRun nightly = runs.runNow(ALLOWANCE, month, p -> JobOutcome.of(7, 7, 0, month + " 核算"));
    assertThat(nightly.startedBy()).isEqualTo("system");
    assertThat(nightly.regionCode()).isNull();
    assertThat(nightly.state().name()).isEqualTo("FINISHED");

    String page =
        mvc.perform(
                get("/jobs")
                    .param("kind", "elderly.allowance-month")
                    .param("state", "FINISHED")
                    .param("size", "100")
                    .with(authentication(ADMIN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(month + " 核算").contains("系统").contains("全市");
    String failedOnly =
        mvc.perform(
                get("/jobs")
                    .param("kind", "elderly.allowance-month")
                    .param("state", "FAILED")
                    .param("size", "100")
                    .with(authentication(ADMIN)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(failedOnly).doesNotContain(month + " 核算");

    byte[] xlsx =
        mvc.perform(
                get("/jobs/export")
                    .param("kind", "elderly.allowance-month")
                    .with(authentication(ADMIN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("任务");
      boolean found = false;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        if ((long) sheet.getRow(r).getCell(0).getNumericCellValue() == nightly.id()) {
          assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo("系统");
          assertThat(sheet.getRow(r).getCell(6).getStringCellValue()).isEqualTo("已完成");
          assertThat(sheet.getRow(r).getCell(8).getNumericCellValue()).isEqualTo(7);
          found = true;
        }
      }
      assertThat(found).isTrue();
    }
  }
}
