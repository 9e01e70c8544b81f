package cn.minzheng.assistance.online;

import static cn.minzheng.assistance.cases.CaseProgress.Status.CURRENT;
import static cn.minzheng.assistance.cases.CaseProgress.Status.DONE;
import static cn.minzheng.assistance.cases.CaseProgress.Status.NOT_NEEDED;
import static cn.minzheng.assistance.cases.CaseProgress.Status.NOT_TAKEN;
import static cn.minzheng.assistance.cases.CaseProgress.Status.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.assistance.AssistanceFixtures;
import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.cases.AssistanceCase;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseDecisions;
import cn.minzheng.assistance.cases.CaseProgress;
import cn.minzheng.assistance.cases.CaseProgress.Status;
import cn.minzheng.assistance.cases.CaseProgress.Step;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 办事进度: each step of the procedure with its date or where it stands, the publicity's last day and
 * the day after, a refusal ending the steps not taken, 临时救助 without publicity; the citizen's own
 * household's cases only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalProgressTest {

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired CaseDecisions decisions;
  @Autowired CaseStore store;
  @Autowired CaseProgress progress;

  AssistanceFixtures fx;
  StaffUser caseworker = AssistanceFixtures.caseworker();

  @BeforeEach
  void fixtures() {
    fx = new AssistanceFixtures(registry, applications, workflow, review);
  }

  @Test
  void anAcceptedCaseIsBeingVerifiedAndTheLaterStepsHaveNotStarted() {
    Household h = fx.household(1);
    LocalDate today = ChinaTime.today();
    long id = fx.file(fx.dibao(h, Category.BOTTOM), caseworker, today);
    assertThat(statuses(id, today))
        .containsExactly(CURRENT, PENDING, PENDING, PENDING, PENDING, PENDING);
    AssistanceFixtures.run(caseworker, () -> workflow.accept(id, caseworker));
    List<Step> steps = steps(id, today);
    assertThat(steps.get(0).name()).isEqualTo("受理");
    assertThat(steps.get(0).on()).isEqualTo(today);
    assertThat(steps.stream().map(Step::status).toList())
        .containsExactly(DONE, CURRENT, PENDING, PENDING, PENDING, PENDING);
  }

  @Test
  void thePublicityIsInProgressOnItsLastDayAndDoneTheDayAfter() {
    Household h = fx.household(1);
    LocalDate today = ChinaTime.today();
    long id = fx.inPublicity(fx.dibao(h, Category.BOTTOM), "300", caseworker, today);
    AssistanceCase c = store.find(id).orElseThrow();
    LocalDate last = c.publicityTo();
    // seven days: the first and the last counted
    assertThat(last).isEqualTo(c.publicityFrom().plusDays(6));

    List<Step> onLastDay = progress.of(c, last);
    assertThat(onLastDay.stream().map(Step::status).toList())
        .containsExactly(DONE, DONE, DONE, CURRENT, PENDING, PENDING);
    assertThat(onLastDay.get(3).note()).contains("至");
    List<Step> dayAfter = progress.of(c, last.plusDays(1));
    assertThat(dayAfter.stream().map(Step::status).toList())
        .containsExactly(DONE, DONE, DONE, DONE, CURRENT, PENDING);
    assertThat(dayAfter.get(3).on()).isEqualTo(last);
  }

  @Test
  void aRefusalEndsTheProcedureAndTheStepsNotTakenSaySo() {
    Household h = fx.household(1);
    LocalDate today = ChinaTime.today();
    long id = fx.file(fx.dibao(h, Category.BOTTOM), caseworker, today);
    AssistanceFixtures.run(caseworker, () -> workflow.accept(id, caseworker));
    StaffUser approver = AssistanceFixtures.approver();
    AssistanceFixtures.run(approver, () -> decisions.refuse(id, "家庭人均收入高于标准", approver, today));
    List<Step> steps = steps(id, today);
    assertThat(steps.stream().map(Step::status).toList())
        .containsExactly(DONE, NOT_TAKEN, NOT_TAKEN, NOT_TAKEN, DONE, DONE);
    assertThat(steps.get(5).note()).isEqualTo("不予纳入：家庭人均收入高于标准");
    assertThat(steps.get(4).on()).isEqualTo(today);
  }

  @Test
  void temporaryAssistanceHasNoPublicity() {
    Household h = fx.household(1);
    LocalDate today = ChinaTime.today();
    long id = fx.investigated(fx.linshi(h, "500"), "300", caseworker, today);
    assertThat(statuses(id, today)).containsExactly(DONE, DONE, DONE, NOT_NEEDED, CURRENT, PENDING);
  }

  @Test
  void theTimelineIsTheCitizensOwnHouseholdsOnlyOnPageAndApi() throws Exception {
    Household h = fx.household(2);
    long id = fx.file(fx.dibao(h, Category.BOTTOM), caseworker, ChinaTime.today());
    String caseNo = store.find(id).orElseThrow().caseNo();
    // the applicant sees it
    mvc.perform(get("/portal/assistance/cases/" + id).with(PortalApplicationTest.citizenOf(h)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(caseNo)))
        .andExpect(content().string(containsString("家庭经济状况核对")))
        .andExpect(content().string(containsString("进行中")))
        .andExpect(content().string(containsString("未开始")));
    mvc.perform(get("/portal/assistance").with(PortalApplicationTest.citizenOf(h)))
        .andExpect(content().string(containsString("/portal/assistance/cases/" + id)))
        .andExpect(content().string(containsString("已申请")));
    mvc.perform(
            get("/api/v1/citizen/assistance/applications/" + id + "/progress")
                .with(PortalApplicationTest.citizenOf(h)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].name").value("受理"))
        .andExpect(jsonPath("$[0].statusLabel").value("进行中"))
        .andExpect(jsonPath("$.length()").value(6));

    Household other = fx.household(1);
    mvc.perform(get("/portal/assistance/cases/" + id).with(PortalApplicationTest.citizenOf(other)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/citizen/assistance/applications/" + id + "/progress")
                .with(PortalApplicationTest.citizenOf(other)))
        .andExpect(status().isNotFound());
  }

  private List<Step> steps(long id, LocalDate today) {
    return progress.of(store.find(id).orElseThrow(), today);
  }

  private List<Status> statuses(long id, LocalDate today) {
    return steps(id, today).stream().map(Step::status).toList();
  }
}
