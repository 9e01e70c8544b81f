package cn.minzheng.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The 行政区划 pages and API through MockMvc. */
@SpringBootTest
@AutoConfigureMockMvc
class RegionWebTest {

  @Autowired MockMvc mvc;
  @Autowired RegionQuery regions;

  private static RequestPostProcessor staff(Role role) {
    return authentication(
        StaffAuthentication.of(
            new StaffUser(7, "web-" + role, "测试人员", "510104000000", Set.of(role))));
  }

  @Test
  void anyStaffMemberBrowsesTheTree() throws Exception {
    mvc.perform(get("/admin/regions").with(staff(Role.COMMUNITY_WORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("锦江区")))
        .andExpect(content().string(containsString("成都东部新区")));
  }

  @Test
  void expandsANodeAsAnHtmxFragment() throws Exception {
    mvc.perform(get("/admin/regions/510104000000/children").with(staff(Role.COMMUNITY_WORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("510104001000")))
        .andExpect(content().string(containsString("510104002000")))
        .andExpect(
            content().string(containsString("hx-get=\"/admin/regions/510104001000/children\"")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
  }

  @Test
  void showsANodeWithoutChangeFormsToNonAdministrators() throws Exception {
    mvc.perform(get("/admin/regions/510104001000").with(staff(Role.STREET_CASEWORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("510104001001")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("rename-form"))));
  }

  @Test
  void nonAdministratorStaffDoNotGetTheAddForm() throws Exception {
    mvc.perform(get("/admin/regions/510104001000/new").with(staff(Role.STREET_CASEWORKER)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/regions/510104001000/new").with(staff(Role.CITY_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("社区")));
  }

  @Test
  void nonAdministratorStaffCannotRename() throws Exception {
    String before = regions.find("510105001001").orElseThrow().name();
    mvc.perform(
            post("/admin/regions/510105001001/rename")
                .with(staff(Role.DISTRICT_APPROVER))
                .with(csrf())
                .param("name", "越权改名社区")
                .param("effectiveFrom", "2025-01-01"))
        .andExpect(status().isForbidden());
    assertThat(regions.find("510105001001")).map(RegionNode::name).contains(before);
  }

  @Test
  void answersBadInputWithChineseFieldErrorsAndStoresNothing() throws Exception {
    mvc.perform(
            post("/admin/regions/510104001000/children")
                .with(staff(Role.CITY_ADMIN))
                .with(csrf())
                .param("childCode", "5101040013")
                .param("name", " ")
                .param("kind", "村"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("区划代码：必须为12位数字")))
        .andExpect(content().string(containsString("名称：不能为空")));
    mvc.perform(
            post("/admin/regions/510104001000/children")
                .with(staff(Role.CITY_ADMIN))
                .with(csrf())
                .param("childCode", "510105001399")
                .param("name", "错位村")
                .param("kind", "村"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("区划代码：不在上级区划的代码范围内")));
    assertThat(regions.find("510105001399")).isEmpty();
  }

  @Test
  void administratorAddsRenamesAndSeesTheNameHistory() throws Exception {
    mvc.perform(
            post("/admin/regions/510105001000/children")
                .with(staff(Role.SYSTEM_ADMIN))
                .with(csrf())
                .param("childCode", "510105001398")
                .param("name", "页面旧名村")
                .param("kind", "村")
                .param("validFrom", "2024-01-01"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/admin/regions/510105001398/rename")
                .with(staff(Role.CITY_ADMIN))
                .with(csrf())
                .param("name", "页面新名村")
                .param("effectiveFrom", "2025-07-01"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/admin/regions/510105001398").with(staff(Role.COMMUNITY_WORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("页面新名村")))
        .andExpect(content().string(containsString("页面旧名村")))
        .andExpect(content().string(containsString("2025-07-01")));
  }

  @Test
  void retiringANodeWithActiveChildrenIsRefusedWithAChineseMessage() throws Exception {
    mvc.perform(
            post("/admin/regions/510105001000/retire")
                .with(staff(Role.CITY_ADMIN))
                .with(csrf())
                .param("reason", "测试")
                .param("effectiveFrom", "2030-01-01")
                .param("confirmed", "true"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("该区划仍有未撤销的下级区划，不能撤销")));
    assertThat(regions.find("510105001000")).map(RegionNode::validTo).isEmpty();
  }

  @Test
  void apiReturnsANodeAndItsChildren() throws Exception {
    mvc.perform(get("/api/v1/regions/510104000000").with(staff(Role.COMMUNITY_WORKER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("锦江区"))
        .andExpect(jsonPath("$.kind").value("区"))
        .andExpect(jsonPath("$.statutoryCountyCode").value("510104"));
    mvc.perform(get("/api/v1/regions/510104000000/children").with(staff(Role.COMMUNITY_WORKER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].code").value("510104001000"))
        .andExpect(jsonPath("$[1].code").value("510104002000"));
  }

  @Test
  void apiListsCountyLevelUnitsRetiredIncluded() throws Exception {
    mvc.perform(
            get("/api/v1/regions")
                .param("level", "COUNTY")
                .param("size", "100")
                .with(staff(Role.COMMUNITY_WORKER)))
        .andExpect(status().isOk())
        // 20 current county-level units + 3 functional zones + 10 retired codes
        .andExpect(jsonPath("$.total").value(33));
  }

  @Test
  void apiAnswersUnknownCodesWithAProblemDetail() throws Exception {
    mvc.perform(get("/api/v1/regions/510104999999").with(staff(Role.COMMUNITY_WORKER)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.title").value("区划不存在"));
    mvc.perform(get("/api/v1/regions/510104999999/children").with(staff(Role.COMMUNITY_WORKER)))
        .andExpect(status().isNotFound());
  }

  @Test
  void unknownNodePageIsNotFound() throws Exception {
    mvc.perform(get("/admin/regions/510104999999").with(staff(Role.COMMUNITY_WORKER)))
        .andExpect(status().isNotFound());
  }

  @Test
  void anonymousCallersGetNoRegions() throws Exception {
    mvc.perform(
            get("/api/v1/regions/510104000000")
                .with(SecurityMockMvcRequestPostProcessors.anonymous()))
        .andExpect(status().is4xxClientError());
  }
}
