package cn.minzheng.marriage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.offices.SlotTemplate;
import cn.minzheng.marriage.domain.offices.SlotTemplates;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryTestData;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 登记处管理: editing offices and templates, 停用, closing a day (city administrators only). */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeEditPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Offices offices;
  @Autowired SlotTemplates templates;
  @Autowired JdbcClient jdbc;

  private final StaffAuthentication admin =
      RegistryTestData.auth(RegistryTestData.CITY, Role.CITY_ADMIN);
  private final StaffAuthentication clerk =
      RegistryTestData.auth(MarriageFixtures.JINJIANG, Role.STREET_CASEWORKER);

  @Test
  void administratorChangesTheDetailsButNotTheCode() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    String code = offices.find(office).orElseThrow().code();
    mvc.perform(
            post("/marriage/admin/offices/" + office)
                .with(authentication(admin))
                .with(csrf())
                .param("name", "锦江区婚姻登记处（新址）")
                .param("kind", "PARK")
                .param("regionCode", MarriageFixtures.JINJIANG)
                .param("address", "锦江区新址路1号")
                .param("openingHours", "周一至周六 9:00-18:30"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", "已保存登记处信息"));
    var changed = offices.find(office).orElseThrow();
    assertThat(changed.name()).isEqualTo("锦江区婚姻登记处（新址）");
    assertThat(changed.address()).isEqualTo("锦江区新址路1号");
    assertThat(changed.code()).isEqualTo(code);
  }

  @Test
  void administratorChangesAndRemovesATemplate() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    offices.addTemplate(
        office, SlotTemplate.regular(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 30), 6));
    long id = templates.of(office).get(0).id();

    mvc.perform(
            post("/marriage/admin/offices/" + office + "/templates/" + id)
                .with(authentication(admin))
                .with(csrf())
                .param("start", "09:00")
                .param("end", "09:20")
                .param("capacity", "9"))
        .andExpect(status().is3xxRedirection());
    var t = templates.of(office).get(0).template();
    assertThat(t.end()).isEqualTo(LocalTime.of(9, 20));
    assertThat(t.capacity()).isEqualTo(9);

    mvc.perform(
            post("/marriage/admin/offices/" + office + "/templates/" + id + "/delete")
                .with(authentication(admin))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(templates.of(office)).isEmpty();
  }

  @Test
  void administratorDeactivatesAnOfficeAndItLeavesThePortalList() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    mvc.perform(
            post("/marriage/admin/offices/" + office + "/deactivate")
                .with(authentication(admin))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", Matchers.containsString("已有预约 0 个")));
    assertThat(offices.all()).noneMatch(o -> o.id() == office);
    String page =
        mvc.perform(get("/marriage/admin/offices/" + office).with(authentication(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("停用").contains("启用登记处");
  }

  @Test
  void administratorClosesAnOfficeForADayFromItsPage() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    MarriageFixtures.slot(jdbc, office, java.time.LocalDate.of(2037, 10, 20), 3);
    mvc.perform(
            post("/marriage/admin/offices/" + office + "/closures")
                .with(authentication(admin))
                .with(csrf())
                .param("day", "2037-10-20")
                .param("reason", "设备检修"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", Matchers.containsString("删除未预约时段 1 个，取消预约 0 个")));
  }

  @Test
  void aClerkMayNotEditOfficesOrTemplates() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    mvc.perform(
            post("/marriage/admin/offices/" + office + "/deactivate")
                .with(authentication(clerk))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/marriage/admin/offices/" + office + "/templates/1/delete")
                .with(authentication(clerk))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(offices.find(office).orElseThrow().active()).isTrue();
  }
}
