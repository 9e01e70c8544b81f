package cn.minzheng.disability;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.disability.rehab.RehabRegister;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Ending a rehabilitation enrolment: a reason is required (OTHER with a note), the day neither
 * before the enrolment nor after today; an ended enrolment takes no service and the person can be
 * enrolled again. The rehab statistics per station and month count enrolments begun and ended,
 * those enrolled at the month's end, services and minutes — for the 精神康复专员 only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RehabEndAndStatisticsTest {

  static final StaffAuthentication OFFICER =
      auth(RegistryTestData.DISTRICT, Role.MENTAL_HEALTH_REHAB);

  @Autowired MockMvc mvc;
  @Autowired RehabRegister register;
  @Autowired RegistryFixtures registry;

  @Test
  void anEnrolmentEndsWithAReasonOnAValidDayAndThenTakesNoService() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long station = station("结束站-" + tag);
    Person p = registry.person("结束对象", RegistryTestData.COMMUNITY);
    long id = enrol(station, p);
    LocalDate today = ChinaTime.today();

    end(id, today.toString(), "", "").andExpect(error("结束原因：请选择"));
    end(id, today.toString(), "OTHER", " ").andExpect(error("结束原因为“其他”的，请填写说明"));
    end(id, today.minusDays(1).toString(), "GOAL_MET", "")
        .andExpect(error("结束日期：不能早于纳入日期" + today));
    end(id, today.plusDays(1).toString(), "GOAL_MET", "").andExpect(error("结束日期：不能晚于今天"));
    mvc.perform(
            post("/disability/rehab/enrolments/{id}/end", id)
                .param("endedOn", today.toString())
                .param("endReason", "GOAL_MET")
                .with(authentication(auth(RegistryTestData.CITY, Role.CITY_ADMIN)))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/disability/rehab/enrolments/{id}/end", id)
                .param("endedOn", today.toString())
                .param("endReason", "GOAL_MET")
                .with(authentication(auth("510105000000", Role.MENTAL_HEALTH_REHAB)))
                .with(csrf()))
        .andExpect(status().isNotFound());

    end(id, today.toString(), "REFERRED", "转华西医院")
        .andExpect(content().string(Matchers.containsString("已结束康复服务")))
        .andExpect(content().string(Matchers.containsString("转介医疗机构（转华西医院）")));
    assertThat(as(() -> register.enrolment(id)).endedOn()).isEqualTo(today);
    assertThatThrownBy(() -> as(() -> register.record(id, today, "随访", 30, "officer")))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已于" + today + "结束");
    end(id, today.toString(), "GOAL_MET", "").andExpect(error("该康复服务已于" + today + "结束"));

    long again = enrol(station, p);
    assertThat(again).isNotEqualTo(id);
  }

  @Test
  void theStatisticsCountEnrolmentsEndsServicesAndMinutesPerStationAndMonth() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long station = station("统计站-" + tag);
    LocalDate today = ChinaTime.today();
    long a = enrol(station, registry.person("统计康复甲", RegistryTestData.COMMUNITY));
    long b = enrol(station, registry.person("统计康复乙", RegistryTestData.COMMUNITY));
    as(() -> register.record(a, today, "生活技能训练", 30, "officer"));
    as(() -> register.record(a, today, "心理疏导", 45, "officer"));
    as(() -> register.record(b, today, "职业康复", 60, "officer"));
    as(
        () -> {
          register.end(
              b, today, cn.minzheng.disability.rehab.EndReason.MOVED, null, today, "officer");
          return null;
        });

    YearMonth month = YearMonth.from(today);
    List<List<String>> rows = export(OFFICER, month.minusMonths(1), month);
    List<String> station2 =
        rows.stream()
            .filter(r -> r.get(1).equals("统计站-" + tag))
            .map(r -> String.join("|", r.get(0), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7)))
            .toList();
    assertThat(station2)
        .containsExactly(
            month.minusMonths(1) + "|0.0|0.0|0.0|0.0|0.0", month + "|2.0|1.0|1.0|3.0|135.0");

    mvc.perform(get("/disability/rehab/statistics").with(authentication(OFFICER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("统计站-" + tag)));
    for (Role refused : new Role[] {Role.CITY_ADMIN, Role.AUDITOR, Role.DISTRICT_APPROVER}) {
      mvc.perform(
              get("/disability/rehab/statistics/export")
                  .with(authentication(auth(RegistryTestData.CITY, refused))))
          .andExpect(status().isForbidden());
    }
    assertThat(export(auth("510105000000", Role.MENTAL_HEALTH_REHAB), month, month))
        .noneMatch(r -> r.get(1).equals("统计站-" + tag));
  }

  private List<List<String>> export(StaffAuthentication who, YearMonth from, YearMonth to)
      throws Exception {
    byte[] body =
        mvc.perform(
                get("/disability/rehab/statistics/export")
                    .param("from", from.toString())
                    .param("to", to.toString())
                    .with(authentication(who)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    List<List<String>> rows = new ArrayList<>();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      for (var row : wb.getSheet("康复统计")) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.toString()));
        rows.add(cells);
      }
    }
    return rows;
  }

  private org.springframework.test.web.servlet.ResultActions end(
      long id, String on, String reason, String note) throws Exception {
    return mvc.perform(
        post("/disability/rehab/enrolments/{id}/end", id)
            .param("endedOn", on)
            .param("endReason", reason)
            .param("endNote", note)
            .with(authentication(OFFICER))
            .with(csrf()));
  }

  private static org.springframework.test.web.servlet.ResultMatcher error(String message) {
    return content().string(Matchers.containsString(message));
  }

  private long station(String name) {
    return as(() -> register.createStation(name, RegistryTestData.STREET, "阳光社工", 10, "生活技能训练"));
  }

  private long enrol(long station, Person p) {
    return as(
        () ->
            register.enrol(
                station,
                p.id(),
                RegistryTestData.COMMUNITY,
                "SELF",
                null,
                ChinaTime.today(),
                "officer"));
  }

  private static <T> T as(Supplier<T> work) {
    return RegistryTestData.as(OFFICER, work);
  }
}
