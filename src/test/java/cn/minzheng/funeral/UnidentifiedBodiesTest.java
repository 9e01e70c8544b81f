package cn.minzheng.funeral;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.funeral.cases.SubsidyCases;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.config.FacilityKind;
import cn.minzheng.funeral.config.Ownership;
import cn.minzheng.funeral.unidentified.BodyState;
import cn.minzheng.funeral.unidentified.UnidentifiedBodies;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.WorkQueueSource;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 无名遗体 (domain-rules §8): received with the police's notice number (the same number twice refused),
 * the public notice of 30 days counting the day of intake, cremation refused on the notice's last
 * day and accepted the day after (ashes kept three years), identification recording the death in
 * the registry and opening the family's subsidy case, once; a district's bodies are another
 * district's 404, the street's 403; the notice's end is a 待办 until the body is dealt with.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnidentifiedBodiesTest {

  static final StaffAuthentication DISTRICT =
      auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER);

  @Autowired MockMvc mvc;
  @Autowired Facilities facilities;
  @Autowired UnidentifiedBodies bodies;
  @Autowired SubsidyCases cases;
  @Autowired PersonDirectory persons;
  @Autowired RegistryFixtures registry;
  @Autowired List<WorkQueueSource> queue;

  @Test
  void theNoticeRunsThirtyDaysFromIntakeAndCremationWaitsForTheDayAfterItsLastDay()
      throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long home = home("无名测试殡仪馆-" + tag, RegistryTestData.DISTRICT);
    LocalDate today = ChinaTime.today();
    LocalDate received = today.minusDays(40);
    long before = unclaimed();

    receive("WM-" + tag, home, received.minusDays(1), received)
        .andExpect(status().is3xxRedirection());
    var body =
        bodies
            .list(
                cn.minzheng.platform.RegionFilter.all(),
                null,
                cn.minzheng.platform.PageQuery.first("received_on"))
            .items()
            .stream()
            .filter(b -> b.policeNoticeNo().equals("WM-" + tag))
            .findFirst()
            .orElseThrow();
    LocalDate lastDay = received.plusDays(30 - 1);
    assertThat(body.noticeUntil()).isEqualTo(lastDay);
    assertThat(body.noticeDays()).isEqualTo(30);
    assertThat(unclaimed()).isEqualTo(before + 1);

    receive("WM-" + tag, home, received.minusDays(1), received)
        .andExpect(status().is(422))
        .andExpect(content().string(Matchers.containsString("公安机关通知书编号：WM-" + tag + " 已登记")));
    receive("WM2-" + tag, home, today, today.plusDays(1))
        .andExpect(content().string(Matchers.containsString("接收日期：日期不能晚于今天（" + today + "）")));
    receive("WM3-" + tag, home, today, today.minusDays(1))
        .andExpect(content().string(Matchers.containsString("接收日期：不能早于发现日期")));
    long elsewhere = home("他区殡仪馆-" + tag, "510105000000");
    receive("WM4-" + tag, elsewhere, today, today)
        .andExpect(content().string(Matchers.containsString("存放殡仪馆：请选择本辖区的殡仪馆")));

    dispose(body.id(), lastDay)
        .andExpect(flash().attribute("error", "火化日期：认尸公告至" + lastDay + "，公告期满次日起方可火化"));
    dispose(body.id(), lastDay.plusDays(1)).andExpect(flash().attribute("message", "已登记火化，骨灰存放三年"));
    var disposed = bodies.find(body.id()).orElseThrow();
    assertThat(disposed.state()).isEqualTo(BodyState.DISPOSED);
    assertThat(disposed.ashesKeptUntil()).isEqualTo(lastDay.plusDays(1).plusYears(3));
    assertThat(unclaimed()).isEqualTo(before);
    dispose(body.id(), today).andExpect(flash().attribute("error", "该遗体公告期满已火化，骨灰存放，不能再处理"));

    mvc.perform(get("/funeral/unidentified/{id}/notice", body.id()).with(authentication(DISTRICT)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("认尸启事")))
        .andExpect(content().string(Matchers.containsString("无名测试殡仪馆-" + tag)));
    mvc.perform(
            get("/funeral/unidentified/{id}", body.id())
                .with(authentication(auth("510105000000", Role.DISTRICT_APPROVER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/funeral/unidentified-bodies/{id}", body.id())
                .with(authentication(auth("510105000000", Role.DISTRICT_APPROVER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/funeral/unidentified/{id}", body.id())
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/funeral/unidentified-bodies/{id}", body.id())
                .with(authentication(DISTRICT)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("DISPOSED"))
        .andExpect(jsonPath("$.noticeUntil").value(lastDay.toString()));
  }

  @Test
  void anIdentifiedBodyRecordsTheDeathAndOpensTheFamilysCaseOnce() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long home = home("认领测试殡仪馆-" + tag, RegistryTestData.DISTRICT);
    LocalDate today = ChinaTime.today();
    LocalDate found = today.minusDays(5);
    receive("RL-" + tag, home, found, today.minusDays(4)).andExpect(status().is3xxRedirection());
    long id =
        bodies
            .list(
                cn.minzheng.platform.RegionFilter.all(),
                BodyState.NOTICE,
                cn.minzheng.platform.PageQuery.first("received_on"))
            .items()
            .stream()
            .filter(b -> b.policeNoticeNo().equals("RL-" + tag))
            .findFirst()
            .orElseThrow()
            .id();
    Person p = registry.person("无名认领", RegistryTestData.COMMUNITY);

    identify(id, p.idNumber(), found.plusDays(1))
        .andExpect(flash().attribute("error", "死亡日期：不能晚于发现日期" + found));
    identify(id, "110101190001011234", found)
        .andExpect(flash().attribute("error", Matchers.startsWith("身份证号：")));
    identify(id, p.idNumber(), found.minusDays(2))
        .andExpect(flash().attribute("message", "已认领：无名认领，死亡已登记，殡葬补贴已立案"));

    var person = persons.find(p.id()).orElseThrow();
    assertThat(person.alive()).isFalse();
    assertThat(person.dateOfDeath()).isEqualTo(found.minusDays(2));
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> cases.ofDeceased(p.id()).isPresent());
    assertThat(bodies.find(id).orElseThrow().state()).isEqualTo(BodyState.IDENTIFIED);
    assertThat(bodies.find(id).orElseThrow().identifiedName()).isEqualTo("无名认领");
    identify(id, p.idNumber(), found).andExpect(flash().attribute("error", "该遗体已于" + today + "认领"));
    dispose(id, today).andExpect(flash().attribute("error", Matchers.containsString("不能再处理")));
  }

  private long unclaimed() {
    return queue.stream()
        .flatMap(
            q ->
                q
                    .pendingFor(
                        RegistryTestData.staff(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER))
                    .stream())
        .filter(e -> e.kind().equals("funeral.unidentified"))
        .mapToLong(WorkQueueSource.WorkQueueEntry::count)
        .sum();
  }

  private ResultActions receive(String notice, long home, LocalDate found, LocalDate received)
      throws Exception {
    return mvc.perform(
        post("/funeral/unidentified")
            .param("policeNoticeNo", notice)
            .param("policeUnit", "锦江区公安分局")
            .param("foundOn", found.toString())
            .param("foundPlace", "锦江区测试河边")
            .param("description", "男性，约60岁，身高约170厘米，蓝色外套")
            .param("facilityId", "" + home)
            .param("receivedOn", received.toString())
            .with(authentication(DISTRICT))
            .with(csrf()));
  }

  private ResultActions dispose(long id, LocalDate on) throws Exception {
    return mvc.perform(
        post("/funeral/unidentified/{id}/dispose", id)
            .param("disposedOn", on.toString())
            .with(authentication(DISTRICT))
            .with(csrf()));
  }

  private ResultActions identify(long id, String idNumber, LocalDate dateOfDeath) throws Exception {
    return mvc.perform(
        post("/funeral/unidentified/{id}/identify", id)
            .param("idNumber", idNumber)
            .param("dateOfDeath", dateOfDeath.toString())
            .with(authentication(DISTRICT))
            .with(csrf()));
  }

  private long home(String name, String region) {
    return RegistryTestData.as(
        auth(RegistryTestData.CITY, Role.CITY_ADMIN),
        () ->
            facilities.add(
                name, FacilityKind.FUNERAL_HOME, Ownership.PUBLIC, region, "测试路8号", "test"));
  }
}
