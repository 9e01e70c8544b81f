package cn.minzheng.registry;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.testing.IdNumbers.uniqueIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.shared.IdCardNo;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The staff journey through the pages: create persons, a household, add a member, split it. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistryPagesTest {

  @Autowired MockMvc mvc;
  @Autowired PersonDirectory directory;

  private final cn.minzheng.platform.StaffAuthentication caseworker =
      auth(STREET, Role.STREET_CASEWORKER);

  private long createPerson(String idNumber, String name) throws Exception {
    mvc.perform(
            post("/registry/persons")
                .with(authentication(caseworker))
                .with(csrf())
                .param("idNumber", idNumber)
                .param("name", name)
                .param("residenceRegionCode", COMMUNITY)
                .param("address", "春熙路1号")
                .param("phone", "13700001111")
                .param("legalBasis", "STATUTORY_DUTY"))
        .andExpect(status().is3xxRedirection());
    return directory.findByIdNumber(IdCardNo.parse(idNumber)).orElseThrow().id();
  }

  @Test
  void aCaseworkerRegistersAFamilyAndSplitsIt() throws Exception {
    for (String page :
        new String[] {
          "/registry/persons/new",
          "/registry/households",
          "/registry/households/new",
          "/registry/import",
          "/registry/persons"
        }) {
      mvc.perform(get(page).with(authentication(caseworker))).andExpect(status().isOk());
    }
    String headId = uniqueIdNumber(true);
    String sonId = uniqueIdNumber(true);
    long head = createPerson(headId, "蒋父");
    long son = createPerson(sonId, "蒋子");

    String location =
        mvc.perform(
                post("/registry/households")
                    .with(authentication(caseworker))
                    .with(csrf())
                    .param("headIdNumber", headId)
                    .param("regionCode", COMMUNITY)
                    .param("address", "春熙路1号"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(
            post(location + "/members")
                .with(authentication(caseworker))
                .with(csrf())
                .param("idNumber", sonId)
                .param("relationship", "SON"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(location).with(authentication(caseworker)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("蒋子")));
    assertThat(directory.householdOf(son).orElseThrow().headPersonId()).isEqualTo(head);

    mvc.perform(
            post(location + "/split")
                .with(authentication(caseworker))
                .with(csrf())
                .param("memberIds", Long.toString(son))
                .param("newHeadId", Long.toString(son))
                .param("regionCode", COMMUNITY)
                .param("address", "春熙路2号")
                .param("reason", "成家"))
        .andExpect(status().is3xxRedirection());
    assertThat(directory.householdOf(son).orElseThrow().headPersonId()).isEqualTo(son);
    mvc.perform(get("/registry/persons/" + son).with(authentication(caseworker)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("迁出家庭")))
        .andExpect(content().string(Matchers.not(Matchers.containsString(sonId))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("13700001111"))));
  }

  @Test
  void theEditFormChangesThePersonAndKeepsHistory() throws Exception {
    String idNumber = uniqueIdNumber(false);
    long id = createPerson(idNumber, "韩梅");
    mvc.perform(get("/registry/persons/" + id + "/edit").with(authentication(caseworker)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString(idNumber))));
    mvc.perform(
            post("/registry/persons/" + id)
                .with(authentication(caseworker))
                .with(csrf())
                .param("version", "0")
                .param("name", "韩梅梅")
                .param("residenceRegionCode", COMMUNITY)
                .param("maritalStatus", "MARRIED")
                .param("legalBasis", "STATUTORY_DUTY"))
        .andExpect(status().is3xxRedirection());
    PersonSummary after = directory.find(id).orElseThrow();
    assertThat(after.name()).isEqualTo("韩梅梅");
    assertThat(after.maritalStatus()).isEqualTo(MaritalStatus.MARRIED);
    mvc.perform(get("/registry/persons/" + id).with(authentication(caseworker)))
        .andExpect(content().string(Matchers.containsString("韩梅梅")))
        .andExpect(content().string(Matchers.containsString("修改")));

    // A stale version is refused, nothing changes.
    mvc.perform(
            post("/registry/persons/" + id)
                .with(authentication(caseworker))
                .with(csrf())
                .param("version", "0")
                .param("name", "韩某")
                .param("residenceRegionCode", COMMUNITY)
                .param("legalBasis", "STATUTORY_DUTY"))
        .andExpect(status().isConflict());
    assertThat(directory.find(id).orElseThrow().name()).isEqualTo("韩梅梅");
  }
}
