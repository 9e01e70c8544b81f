package cn.minzheng.children;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.children.protection.Network;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Protection cases are for the child-protection staff of the child's community or street, the
 * county and the city: another community's 儿童主任 gets 404, a street caseworker or a community worker
 * without the role 403; every read is audited; a case with an unanswered referral cannot be closed;
 * the network's coverage names the gaps.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProtectionTest {

  static final String OTHER_COMMUNITY = "510104001002";

  @Autowired MockMvc mvc;
  @Autowired ChildrenTestData data;
  @Autowired Network network;
  @Autowired JdbcClient jdbc;

  @Test
  void onlyTheChildsOwnChildProtectionStaffTheCountyAndTheCitySeeAProtectionCase()
      throws Exception {
    RegistryFixtures.Person child =
        data.child(LocalDate.of(2013, 9, 9), RegistryTestData.COMMUNITY);
    var director = auth(RegistryTestData.COMMUNITY, Role.CHILD_PROTECTION);
    String location =
        mvc.perform(
                post("/children/protection")
                    .with(authentication(director))
                    .with(csrf())
                    .param("childIdNumber", child.idNumber())
                    .param("source", "MANDATORY_SCHOOL")
                    .param("reporter", "某小学")
                    .param("reportedOn", "2026-01-05")
                    .param("summary", "学生身上多处伤痕")
                    .param("riskLevel", "HIGH")
                    .param("immediateMeasures", "已联系派出所，儿童暂由祖父母照料"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

    long reads = audited(id);
    mvc.perform(get(location).with(authentication(director)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("强制报告（学校）")));
    mvc.perform(
            get(location)
                .with(authentication(auth(RegistryTestData.STREET, Role.CHILD_PROTECTION))))
        .andExpect(status().isOk());
    mvc.perform(
            get("/api/v1/children/protection-cases/" + id)
                .with(authentication(auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER))))
        .andExpect(status().isOk());
    assertThat(audited(id)).isEqualTo(reads + 3);

    mvc.perform(get(location).with(authentication(auth(OTHER_COMMUNITY, Role.CHILD_PROTECTION))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/children/protection")
                .with(authentication(auth(OTHER_COMMUNITY, Role.CHILD_PROTECTION))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString(location + "\""))));
    mvc.perform(
            get(location)
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/children/protection")
                .with(authentication(auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER))))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/children/protection-cases")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());

    mvc.perform(
            post(location + "/referrals")
                .with(authentication(director))
                .with(csrf())
                .param("department", "POLICE")
                .param("deadline", "2026-01-20")
                .param("note", "调查取证"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(location + "/close")
                .with(authentication(director))
                .with(csrf())
                .param("closureNote", "已妥善安置"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("尚有转介部门未反馈")));
  }

  @Test
  void theCoverageNamesTheStreetsAndCommunitiesWithoutAUnitOrADirector() {
    network.save("WORKSTATION", "测试工作站", "510105001000", "督导员甲", null, "test");
    network.save("POINT", "测试服务点", "510105001001", null, null, "test");
    var qingyang =
        network.coverage(code -> code.startsWith("510105"), LocalDate.now()).stream()
            .filter(c -> c.districtCode().equals("510105000000"))
            .findFirst()
            .orElseThrow();
    assertThat(qingyang.workstations()).isGreaterThanOrEqualTo(1);
    assertThat(qingyang.supervisors()).isGreaterThanOrEqualTo(1);
    assertThat(qingyang.gaps()).anyMatch(g -> g.endsWith("无儿童主任"));
    assertThat(qingyang.gaps()).anyMatch(g -> g.endsWith("无服务点"));
    assertThat(qingyang.streets() - qingyang.workstations())
        .isEqualTo((int) qingyang.gaps().stream().filter(g -> g.endsWith("无工作站")).count());
  }

  private long audited(long id) {
    return jdbc.sql(
            "select count(*) from platform.audit_log where action = 'children.protection.read'"
                + " and target_id = ?")
        .param(String.valueOf(id))
        .query(Long.class)
        .single();
  }
}
