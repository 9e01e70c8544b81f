package cn.minzheng.children;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.allowance.ChildAllowanceRun;
import cn.minzheng.children.allowance.StudyAgeCap;
import cn.minzheng.children.protection.VisitIntervals;
import cn.minzheng.children.protection.Visits;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The city administrator's editor for the two effective-dated settings (issue 15): the study age
 * cap (22 today) decides with the version in force on the paid month's first day whether the month
 * of the cap birthday is paid — a birthday on the 1st or the last day of a month alike — and the
 * visit interval in force on the day judged decides overdue, a change counting from its first day.
 * Previews, confirmations, audit, city administrator only on page and API, Chinese messages naming
 * the field. The versions are in the 2040s so that the test never reaches today's months.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChildrenSettingsTest {

  static final BigDecimal SCATTERED = new BigDecimal("1400.00");

  @Autowired MockMvc mvc;
  @Autowired ChildrenTestData data;
  @Autowired AllowanceCases cases;
  @Autowired ChildAllowanceRun run;
  @Autowired StudyAgeCap studyAge;
  @Autowired VisitIntervals intervals;
  @Autowired Visits visits;
  @Autowired JdbcClient jdbc;

  final Authentication admin = auth(RegistryTestData.CITY, Role.CITY_ADMIN);

  @AfterEach
  void dropTheVersionsOfTheTest() {
    jdbc.sql("delete from children.study_age_version where valid_from >= date '2040-01-01'")
        .update();
    jdbc.sql("delete from children.visit_interval_version where valid_from >= date '2040-01-01'")
        .update();
  }

  @Test
  void theCapInForceOnThePaidMonthDecidesTheLastMonthForABirthdayOnTheFirstOrTheLastDay() {
    // 22nd birthdays: 2045-04-30 (last day of April) and 2045-05-01 (first day of May)
    long onLast = student(LocalDate.of(2023, 4, 30));
    long onFirst = student(LocalDate.of(2023, 5, 1));
    for (int m = 4; m <= 6; m++) {
      run.run(YearMonth.of(2045, m));
    }
    assertThat(paid(onLast, 2045, 4)).contains(SCATTERED);
    assertThat(paid(onLast, 2045, 5)).isEmpty();
    assertThat(paid(onFirst, 2045, 5)).contains(SCATTERED);
    assertThat(paid(onFirst, 2045, 6)).isEmpty();

    var preview = studyAge.preview(23, YearMonth.of(2045, 5));
    assertThat(preview.current()).isEqualTo(22);
    assertThat(preview.children())
        .filteredOn(a -> a.caseId() == onLast)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.lastMonthBefore()).isEqualTo(YearMonth.of(2045, 4));
              assertThat(a.lastMonthAfter()).isEqualTo(YearMonth.of(2046, 4));
            });
    assertThat(preview.children())
        .filteredOn(a -> a.caseId() == onFirst)
        .singleElement()
        .satisfies(a -> assertThat(a.lastMonthAfter()).isEqualTo(YearMonth.of(2046, 5)));
    assertThat(studyAge.inForce(YearMonth.of(2045, 5))).as("a preview saves nothing").isEqualTo(22);

    studyAge.change(23, YearMonth.of(2045, 5), "city_test");
    assertThat(studyAge.inForce(YearMonth.of(2045, 4))).isEqualTo(22);
    assertThat(studyAge.inForce(YearMonth.of(2045, 5))).isEqualTo(23);
    for (YearMonth m :
        new YearMonth[] {
          YearMonth.of(2045, 4),
          YearMonth.of(2045, 5),
          YearMonth.of(2045, 6),
          YearMonth.of(2046, 4),
          YearMonth.of(2046, 5),
          YearMonth.of(2046, 6)
        }) {
      run.run(m);
    }
    // the cap of 23 counts from May 2045: the April birthday's May is paid now, up to the 23rd
    assertThat(paid(onLast, 2045, 5)).contains(SCATTERED);
    assertThat(paid(onLast, 2046, 4)).contains(SCATTERED);
    assertThat(paid(onLast, 2046, 5)).isEmpty();
    assertThat(paid(onFirst, 2045, 6)).contains(SCATTERED);
    assertThat(paid(onFirst, 2046, 5)).contains(SCATTERED);
    assertThat(paid(onFirst, 2046, 6)).isEmpty();
  }

  @Test
  void aCapChangeIsRefusedBeforeTheCurrentMonthAtOrBeforeTheLatestVersionAndOutsideTheAges() {
    YearMonth lastMonth = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
    assertThatThrownBy(() -> studyAge.change(23, lastMonth, "city_test"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("不能早于本月");
    assertThatThrownBy(() -> studyAge.change(17, YearMonth.of(2045, 1), "city_test"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("18至30周岁");
    assertThatThrownBy(() -> studyAge.change(31, YearMonth.of(2045, 1), "city_test"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("18至30周岁");
    assertThatThrownBy(() -> studyAge.change(22, YearMonth.of(2045, 1), "city_test"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("无需调整");
    studyAge.change(18, YearMonth.of(2045, 1), "city_test");
    studyAge.change(30, YearMonth.of(2045, 3), "city_test");
    assertThatThrownBy(() -> studyAge.change(24, YearMonth.of(2045, 3), "city_test"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已有版本");
    assertThat(studyAge.history()).extracting(StudyAgeCap.Version::maxAge).startsWith(30, 18, 22);
  }

  @Test
  void theIntervalInForceOnTheDayJudgedDecidesOverdueAndAChangeCountsFromItsFirstDay() {
    // approved 2043-12-20: first paid month January 2044; monthly → due 2044-02-01
    long id =
        data.approved(
            LocalDate.of(2026, 6, 1),
            "UNSUPPORTED",
            CareType.SCATTERED,
            LocalDate.of(2043, 12, 20),
            ChildrenTestData.COMMUNITY);
    assertThat(visits.overdueOn(LocalDate.of(2044, 2, 1))).as("the due day").doesNotContain(id);
    assertThat(visits.overdueOn(LocalDate.of(2044, 2, 2))).as("the day after").contains(id);

    LocalDate from = LocalDate.of(2044, 2, 10);
    var preview = intervals.preview("UNSUPPORTED", 2, from);
    assertThat(preview.current()).isEqualTo(1);
    assertThat(preview.cases())
        .filteredOn(a -> a.caseId() == id)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.dueBefore()).isEqualTo(LocalDate.of(2044, 2, 1));
              assertThat(a.dueAfter()).isEqualTo(LocalDate.of(2044, 3, 1));
              assertThat(a.overdueBefore(from)).isTrue();
              assertThat(a.overdueAfter(from)).isFalse();
            });
    assertThat(preview.overdueBefore() - preview.overdueAfter()).isPositive();
    assertThat(visits.overdueOn(from)).as("a preview saves nothing").contains(id);

    intervals.change("UNSUPPORTED", 2, from, "city_test");
    assertThat(visits.overdueOn(from.minusDays(1))).as("the day before the change").contains(id);
    assertThat(visits.overdueOn(from)).as("the day the change takes effect").doesNotContain(id);
    assertThat(visits.overdueOn(LocalDate.of(2044, 3, 1))).doesNotContain(id);
    assertThat(visits.overdueOn(LocalDate.of(2044, 3, 2))).contains(id);
    assertThat(intervals.inForce("ORPHAN", from)).as("other categories keep theirs").isEqualTo(3);

    assertThatThrownBy(() -> intervals.change("UNSUPPORTED", 3, from, "city_test"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已有版本");
    assertThatThrownBy(
            () -> intervals.change("UNSUPPORTED", 3, ChinaTime.today().minusDays(1), "city_test"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("不能早于今天");
    assertThatThrownBy(() -> intervals.change("UNSUPPORTED", 13, from.plusDays(1), "city_test"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("1至12个月");
    assertThatThrownBy(() -> intervals.change("NO_SUCH", 2, from.plusDays(1), "city_test"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("儿童类别");
  }

  @Test
  void thePagePreviewsThenSavesAfterConfirmationAndAuditsTheChange() throws Exception {
    long onLast = student(LocalDate.of(2024, 1, 31));
    int ageAudits = audited("children.study-age.change", "study_max_age");
    int intervalAudits = audited("children.visit-interval.change", "ORPHAN");
    mvc.perform(get("/children/settings").with(authentication(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("在校就读最高年龄")))
        .andExpect(content().string(Matchers.containsString("定期走访间隔")))
        .andExpect(content().string(Matchers.containsString("事实无人抚养儿童")));
    mvc.perform(
            post("/children/settings/study-age")
                .with(authentication(admin))
                .with(csrf())
                .param("maxAge", "24")
                .param("from", "2046-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("最后发放月份改变的在校儿童")))
        .andExpect(content().string(Matchers.containsString("<td>" + onLast + "</td>")))
        .andExpect(content().string(Matchers.containsString("data-confirm")));
    assertThat(studyAge.inForce(YearMonth.of(2046, 1))).isEqualTo(22);
    mvc.perform(
            post("/children/settings/study-age")
                .with(authentication(admin))
                .with(csrf())
                .param("maxAge", "24")
                .param("from", "2046-01")
                .param("confirm", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("已保存")));
    assertThat(studyAge.inForce(YearMonth.of(2046, 1))).isEqualTo(24);
    assertThat(audited("children.study-age.change", "study_max_age")).isEqualTo(ageAudits + 1);

    mvc.perform(
            post("/children/settings/visit-interval")
                .with(authentication(admin))
                .with(csrf())
                .param("category", "ORPHAN")
                .param("months", "6")
                .param("from", "2046-03-01")
                .param("confirm", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("已保存")));
    assertThat(intervals.inForce("ORPHAN", LocalDate.of(2046, 3, 1))).isEqualTo(6);
    assertThat(intervals.inForce("ORPHAN", LocalDate.of(2046, 2, 28))).isEqualTo(3);
    assertThat(audited("children.visit-interval.change", "ORPHAN")).isEqualTo(intervalAudits + 1);
  }

  @Test
  void badInputNamesTheFieldInChineseOnThePageAndAsAProblemInTheApi() throws Exception {
    mvc.perform(
            post("/children/settings/visit-interval")
                .with(authentication(admin))
                .with(csrf())
                .param("category", "ORPHAN")
                .param("months", "2")
                .param("from", "0001-01-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("执行日期：日期超出合理范围")));
    mvc.perform(
            post("/children/settings/study-age")
                .with(authentication(admin))
                .with(csrf())
                .param("maxAge", "二十三")
                .param("from", "2046-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("在校就读最高年龄须为整数周岁")));
    mvc.perform(
            post("/api/v1/children/settings/study-age/preview")
                .with(authentication(admin))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"maxAge\": 40, \"from\": \"2046-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("maxAge"))
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("18至30周岁")));
    mvc.perform(
            post("/api/v1/children/settings/visit-interval")
                .with(authentication(admin))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\": \"ORPHAN\", \"months\": 2}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    assertThat(intervals.inForce("ORPHAN", LocalDate.of(2046, 6, 1)))
        .as("nothing saved")
        .isEqualTo(3);
  }

  @Test
  void onlyTheCityAdministratorReadsOrChangesTheSettingsOnPageAndApiAlike() throws Exception {
    Authentication county = auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER);
    Authentication protection = auth(RegistryTestData.COMMUNITY, Role.CHILD_PROTECTION);
    for (Authentication other : new Authentication[] {county, protection}) {
      mvc.perform(get("/children/settings").with(authentication(other)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/children/settings").with(authentication(other)))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/api/v1/children/settings/visit-interval")
                  .with(authentication(other))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"category\": \"ORPHAN\", \"months\": 2, \"from\": \"2046-05-01\"}"))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            post("/api/v1/children/settings/visit-interval")
                .with(authentication(admin))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\": \"ORPHAN\", \"months\": 2, \"from\": \"2046-05-01\"}"))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/children/settings").with(authentication(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.visitIntervals[?(@.validFrom == '2046-05-01')].months").value(2));
  }

  /** An orphan in scattered care, approved at 16, studying full time until 2048. */
  private long student(LocalDate birth) {
    long id =
        data.approved(
            birth, "ORPHAN", CareType.SCATTERED, birth.plusYears(16), ChildrenTestData.COMMUNITY);
    cases.recordStudy(id, LocalDate.of(2048, 6, 30), "street_test");
    return id;
  }

  private Optional<BigDecimal> paid(long caseId, int year, int month) {
    return jdbc.sql("select amount from children.allowance_payment where case_id = ? and month = ?")
        .params(caseId, LocalDate.of(year, month, 1))
        .query(BigDecimal.class)
        .optional();
  }

  private int audited(String action, String target) {
    return jdbc.sql("select count(*) from platform.audit_log where action = ? and target_id = ?")
        .params(action, target)
        .query(Integer.class)
        .single();
  }
}
