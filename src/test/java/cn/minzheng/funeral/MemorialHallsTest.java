package cn.minzheng.funeral;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.config.FacilityKind;
import cn.minzheng.funeral.config.Ownership;
import cn.minzheng.funeral.halls.HallKind;
import cn.minzheng.funeral.halls.MemorialHalls;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Memorial halls book farewell ceremonies through the booking engine: one ceremony per slot, a
 * cancelled ceremony gives the slot back, another district's hall answers 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MemorialHallsTest {

  @Autowired MockMvc mvc;
  @Autowired MemorialHalls halls;
  @Autowired Facilities facilities;

  @Test
  void aSlotHoldsOneCeremonyAndACancellationGivesItBack() {
    long hall = hall("510104000000", HallKind.COMPREHENSIVE);
    LocalDate day = LocalDate.of(2031, 3, 3);

    assertThat(halls.openDays(hall, day, day)).isEqualTo(3);
    assertThat(halls.openDays(hall, day, day)).isZero();
    long slot = halls.slots(hall, day, day).get(0).id();
    long first = halls.book(hall, slot, "王某", "王小某 13800000001", "test");

    assertThatThrownBy(() -> halls.book(hall, slot, "李某", "李小某 13800000002", "test"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已被预约");
    assertThat(halls.slots(hall, day, day).get(0).booked()).isEqualTo(1);
    assertThat(halls.ceremonies(hall, day)).hasSize(1);

    assertThat(halls.cancel(first)).isTrue();
    assertThat(halls.cancel(first)).isFalse();
    assertThat(halls.slots(hall, day, day).get(0).booked()).isZero();
    halls.book(hall, slot, "李某", "李小某 13800000002", "test");
    assertThat(halls.ceremonies(hall, day))
        .singleElement()
        .satisfies(c -> assertThat(c.deceasedName()).isEqualTo("李某"));
  }

  @Test
  void aSlotOfAnotherHallIsRefused() {
    long a = hall("510104000000", HallKind.CONVENIENCE);
    long b = hall("510104000000", HallKind.CONVENIENCE);
    LocalDate day = LocalDate.of(2031, 3, 4);
    halls.openDays(a, day, day);
    halls.openDays(b, day, day);
    long slotOfB = halls.slots(b, day, day).get(0).id();
    assertThatThrownBy(() -> halls.book(a, slotOfB, "王某", "王小某", "test"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("本告别厅");
  }

  @Test
  void theDistrictBooksOnThePageAndAnotherDistrictsHallAnswers404() throws Exception {
    long hall = hall("510104000000", HallKind.COMPREHENSIVE);
    LocalDate day = LocalDate.of(2031, 3, 5);
    halls.openDays(hall, day, day);
    long slot = halls.slots(hall, day, day).get(1).id();
    var district = auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER);
    var otherDistrict = auth("510105000000", Role.DISTRICT_APPROVER);

    mvc.perform(
            post("/funeral/halls/" + hall + "/ceremonies")
                .param("slotId", String.valueOf(slot))
                .param("deceasedName", "赵某")
                .param("familyContact", "赵小某 13800000003")
                .with(authentication(district))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", "已预约告别仪式：赵某"));
    mvc.perform(
            post("/funeral/halls/" + hall + "/ceremonies")
                .param("slotId", String.valueOf(slot))
                .param("deceasedName", "钱某")
                .param("familyContact", "钱小某")
                .with(authentication(district))
                .with(csrf()))
        .andExpect(flash().attribute("error", "时段：该时段已被预约，请选择其他时段"));
    mvc.perform(
            get("/funeral/halls")
                .param("hallId", String.valueOf(hall))
                .param("day", day.toString())
                .with(authentication(district)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("赵某")))
        .andExpect(content().string(containsString("已预约")));
    mvc.perform(
            post("/funeral/halls/" + hall + "/ceremonies")
                .param("slotId", String.valueOf(slot))
                .param("deceasedName", "孙某")
                .param("familyContact", "孙小某")
                .with(authentication(otherDistrict))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void statisticsShowFamiliesMoneyAndHallUseForTheRegion() throws Exception {
    var city = auth(RegistryTestData.CITY, Role.CITY_ADMIN);
    mvc.perform(get("/funeral/statistics").with(authentication(city)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("惠民殡葬和生态安葬补贴")));
    mvc.perform(
            get("/api/v1/funeral/statistics")
                .param("from", "2031-03")
                .param("to", "2031-03")
                .with(authentication(auth(RegistryTestData.CITY, Role.AUDITOR))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value("2031-03"))
        .andExpect(jsonPath("$.hallUse").isArray());
  }

  private long hall(String region, HallKind kind) {
    return RegistryTestData.as(
        auth(RegistryTestData.CITY, Role.CITY_ADMIN),
        () -> {
          long home =
              facilities.add(
                  "告别厅测试殡仪馆" + System.nanoTime(),
                  FacilityKind.FUNERAL_HOME,
                  Ownership.PUBLIC,
                  region,
                  "测试路8号",
                  "test");
          return halls.add(home, "厅" + System.nanoTime(), kind, "test");
        });
  }
}
