package cn.minzheng.socialwork;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.walk.WalkTheProcess;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 局长走流程: a measure still open after its deadline shows overdue on the board (the deadline day
 * itself does not, nor a measure done); person-times add up; another district's topic is not found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WalkTheProcessTest {

  static final StaffAuthentication DISTRICT = auth("510104000000", Role.DISTRICT_APPROVER);
  static final StaffAuthentication OTHER_DISTRICT = auth("510105000000", Role.DISTRICT_APPROVER);
  static final StaffAuthentication AUDITOR = auth("510100000000", Role.AUDITOR);

  @Autowired MockMvc mvc;
  @Autowired WalkTheProcess walk;

  @Test
  void aMeasurePastItsDeadlineShowsOverdueOnTheBoard() throws Exception {
    LocalDate today = ChinaTime.today();
    long topic = topic("低保申请走流程");
    long late = measure(topic, "窗口增设导办", today.minusDays(1));
    long dueToday = measure(topic, "材料清单上墙", today);
    long doneLate = measure(topic, "线上预约", today.minusDays(10));
    mvc.perform(
            post("/socialwork/walk/measures/" + doneLate + "/done")
                .with(authentication(DISTRICT))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get("/socialwork/walk").with(authentication(DISTRICT)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.containsString("data-testid=\"overdue-" + late + "\"")))
        .andExpect(content().string(Matchers.containsString("逾期 1 天")))
        .andExpect(
            content().string(Matchers.not(Matchers.containsString("overdue-" + dueToday + "\""))))
        .andExpect(
            content().string(Matchers.not(Matchers.containsString("overdue-" + doneLate + "\""))));
    assertThat(walk.overdue(RegionFilter.all(), today))
        .extracting(WalkTheProcess.Measure::id)
        .contains(late)
        .doesNotContain(dueToday, doneLate);
    // the next day the measure due today is overdue too
    assertThat(walk.overdue(RegionFilter.all(), today.plusDays(1)))
        .extracting(WalkTheProcess.Measure::id)
        .contains(late, dueToday);
    mvc.perform(get("/api/v1/socialwork/walk/overdue-measures").with(authentication(AUDITOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == " + late + ")].owner").value("办公室"));
  }

  @Test
  void personTimesAddUpAndAnotherDistrictsTopicIsNotFound() throws Exception {
    long topic = topic("临时救助走流程");
    for (String persons : new String[] {"3", "2"}) {
      mvc.perform(
              post("/socialwork/walk/topics/" + topic + "/visits")
                  .param("walkedOn", ChinaTime.today().toString())
                  .param("walker", "局长")
                  .param("persons", persons)
                  .with(authentication(DISTRICT))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(walk.topic(topic).orElseThrow().personTimes()).isEqualTo(5);
    mvc.perform(get("/socialwork/walk/topics/" + topic).with(authentication(OTHER_DISTRICT)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/socialwork/walk/topics/" + topic + "/findings")
                .param("finding", "越权")
                .with(authentication(OTHER_DISTRICT))
                .with(csrf()))
        .andExpect(status().isNotFound());
    // auditors read the board but record nothing
    mvc.perform(
            post("/socialwork/walk/topics/" + topic + "/findings")
                .param("finding", "审计")
                .with(authentication(AUDITOR))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void anAbsurdDeadlineOrAVisitTomorrowIsRefusedNamingTheField() throws Exception {
    long topic = topic("日期校验走流程");
    LocalDate tomorrow = ChinaTime.today().plusDays(1);
    mvc.perform(
            post("/socialwork/walk/topics/" + topic + "/visits")
                .param("walkedOn", tomorrow.toString())
                .param("walker", "局长")
                .param("persons", "1")
                .with(authentication(DISTRICT))
                .with(csrf()))
        .andExpect(
            content()
                .string(Matchers.containsString("走流程日期：日期不能晚于今天（" + tomorrow.minusDays(1) + "）")));
    // the last day of the plausible span is accepted, the day after it (a typo of 2101) is not
    mvc.perform(
            post("/socialwork/walk/topics/" + topic + "/measures")
                .param("description", "远期措施")
                .param("owner", "办公室")
                .param("deadline", "2101-01-01")
                .with(authentication(DISTRICT))
                .with(csrf()))
        .andExpect(
            content().string(Matchers.containsString("完成时限：日期超出合理范围（1900-01-01 至 2100-12-31）")));
    assertThat(walk.measures(topic)).isEmpty();
    measure(topic, "远期措施", LocalDate.of(2100, 12, 31));
    assertThat(walk.topic(topic).orElseThrow().personTimes()).isZero();
  }

  private long topic(String title) throws Exception {
    String location =
        mvc.perform(
                post("/socialwork/walk/topics")
                    .param("title", title)
                    .param("service", "社会救助")
                    .with(authentication(DISTRICT))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private long measure(long topic, String description, LocalDate deadline) throws Exception {
    mvc.perform(
            post("/socialwork/walk/topics/" + topic + "/measures")
                .param("description", description)
                .param("owner", "办公室")
                .param("deadline", deadline.toString())
                .with(authentication(DISTRICT))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    return walk.measures(topic).stream()
        .filter(m -> m.description().equals(description))
        .findFirst()
        .orElseThrow()
        .id();
  }
}
