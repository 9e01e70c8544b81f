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

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.governance.GovernanceBodies;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 居民自治 records: a community worker records a residents' council of the community with members and
 * meetings (a meeting tomorrow or with no attendees is refused naming the field), the list filters
 * by kind and exports to Excel with the counts, another district gets 404, a community outside the
 * caller's region is refused, an auditor records nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GovernanceTest {

  static final StaffAuthentication WORKER = auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER);
  static final StaffAuthentication OTHER_DISTRICT = auth("510105000000", Role.DISTRICT_APPROVER);

  @Autowired MockMvc mvc;
  @Autowired GovernanceBodies bodies;

  @Test
  void aCouncilWithMembersAndMeetingsListedFilteredAndExported() throws Exception {
    String name = "幸福里居民议事会" + System.nanoTime() % 100000;
    long id = create(name, "COUNCIL");
    LocalDate today = ChinaTime.today();
    for (String[] m : new String[][] {{"王某", "议事会主任"}, {"李某", "居民代表"}}) {
      mvc.perform(
              post("/socialwork/governance/" + id + "/members")
                  .param("memberName", m[0])
                  .param("memberRole", m[1])
                  .with(authentication(WORKER))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());
    }
    mvc.perform(
            post("/socialwork/governance/" + id + "/meetings")
                .param("heldOn", today.plusDays(1).toString())
                .param("subject", "加装电梯")
                .param("attendees", "0")
                .with(authentication(WORKER))
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(Matchers.containsString("会议日期：日期不能晚于今天（" + today + "）")))
        .andExpect(content().string(Matchers.containsString("参会人数：请填写1至10000之间的整数")));
    for (LocalDate day : new LocalDate[] {today.minusMonths(2), today}) {
      mvc.perform(
              post("/socialwork/governance/" + id + "/meetings")
                  .param("heldOn", day.toString())
                  .param("subject", "加装电梯协商")
                  .param("attendees", "23")
                  .with(authentication(WORKER))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());
    }
    var body = bodies.find(id).orElseThrow();
    assertThat(body.members()).isEqualTo(2);
    assertThat(body.meetings()).isEqualTo(2);
    assertThat(body.lastMeeting()).isEqualTo(today);

    long pilot = create("物业共治试点" + System.nanoTime() % 100000, "COMPOUND");
    mvc.perform(
            get("/socialwork/governance")
                .param("kind", "COUNCIL")
                .param("q", name)
                .with(authentication(WORKER)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.containsString("data-testid=\"governance-" + id + "\"")))
        .andExpect(content().string(Matchers.containsString("居民议事会")))
        .andExpect(
            content().string(Matchers.not(Matchers.containsString("governance-" + pilot + "\""))));

    byte[] xlsx =
        mvc.perform(
                get("/socialwork/governance/export").param("q", name).with(authentication(WORKER)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      Row row = sheet.getRow(1);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo(RegistryTestData.COMMUNITY);
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo("居民议事会");
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo(name);
      assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(2);
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(2);
      assertThat(row.getCell(7).getStringCellValue()).isEqualTo(today.toString());
    }
  }

  @Test
  void anotherDistrictGets404AndACommunityOutsideTheRegionIsRefused() throws Exception {
    long id = create("邻里互助试点" + System.nanoTime() % 100000, "ORGANISATION_PILOT");
    mvc.perform(get("/socialwork/governance/" + id).with(authentication(OTHER_DISTRICT)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/socialwork/governance/" + id + "/members")
                .param("memberName", "越权")
                .param("memberRole", "成员")
                .with(authentication(OTHER_DISTRICT))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/socialwork/governance/" + id).with(authentication(OTHER_DISTRICT)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/socialwork/governance/" + id).with(authentication(WORKER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.body.kind").value("ORGANISATION_PILOT"));
    mvc.perform(
            post("/socialwork/governance")
                .param("communityCode", RegistryTestData.SIBLING_STREET_COMMUNITY)
                .param("kind", "COUNCIL")
                .param("name", "越界议事会")
                .with(authentication(WORKER))
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(Matchers.containsString("社区（村）区划代码：须在本辖区内")));
    mvc.perform(
            post("/socialwork/governance")
                .param("communityCode", RegistryTestData.COMMUNITY)
                .param("kind", "COUNCIL")
                .param("name", "审计议事会")
                .with(authentication(auth("510100000000", Role.AUDITOR)))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  private long create(String name, String kind) throws Exception {
    String location =
        mvc.perform(
                post("/socialwork/governance")
                    .param("communityCode", RegistryTestData.COMMUNITY)
                    .param("kind", kind)
                    .param("name", name)
                    .param("goal", "协商议事，解决小区公共事务")
                    .param("status", "ACTIVE")
                    .with(authentication(WORKER))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }
}
