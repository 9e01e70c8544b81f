package cn.minzheng.children;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.allowance.CareType;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14 in the children pages: a date typed by a person is read by the platform's one rule
 * (PlausibleDate through DateField), so 0001-01-01, 9999-12-31 or a day that has not happened yet
 * gets a Chinese message naming the field, and nothing is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChildrenImplausibleDatesTest {

  static final String OUT_OF_RANGE = "日期超出合理范围（1900-01-01 至 2100-12-31）";
  static final StaffAuthentication STREET = auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);
  static final StaffAuthentication DIRECTOR =
      auth(RegistryTestData.COMMUNITY, Role.CHILD_PROTECTION);

  @Autowired MockMvc mvc;
  @Autowired ChildrenTestData data;
  @Autowired AllowanceCases cases;
  @Autowired JdbcClient jdbc;

  @Test
  void studyUntil9999AndAParentsSituationEndingTomorrowAreRefusedNamingTheField() throws Exception {
    long id =
        data.approved(
            LocalDate.of(2010, 3, 3),
            "ORPHAN",
            CareType.SCATTERED,
            LocalDate.of(2024, 5, 5),
            ChildrenTestData.COMMUNITY);
    mvc.perform(
            post("/children/cases/{id}/study", id)
                .param("studyUntil", "9999-12-31")
                .with(authentication(STREET))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("就读截止日期：" + OUT_OF_RANGE)));
    assertThat(cases.get(id).studyUntil()).isNull();

    LocalDate tomorrow = ChinaTime.today().plusDays(1);
    mvc.perform(
            post("/children/cases/{id}/parent-ended", id)
                .param("parent", "FATHER")
                .param("endedOn", tomorrow.toString())
                .with(authentication(STREET))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("结束日期：日期不能晚于今天（" + ChinaTime.today() + "）")));
  }

  @Test
  void aVisitOn0001AndAReportDatedTomorrowAreRefusedNamingTheField() throws Exception {
    long id =
        data.approved(
            LocalDate.of(2012, 4, 4),
            "UNSUPPORTED",
            CareType.SCATTERED,
            LocalDate.of(2024, 5, 5),
            ChildrenTestData.COMMUNITY);
    mvc.perform(
            post("/children/cases/{id}/visits", id)
                .param("visitedOn", "0001-01-01")
                .param("note", "入户走访")
                .with(authentication(DIRECTOR))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("走访日期：" + OUT_OF_RANGE)));
    assertThat(
            jdbc.sql("select count(*) from children.visit where case_id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isZero();

    RegistryFixtures.Person child =
        data.child(LocalDate.of(2016, 6, 6), ChildrenTestData.COMMUNITY);
    mvc.perform(
            post("/children/protection")
                .with(authentication(DIRECTOR))
                .with(csrf())
                .param("childIdNumber", child.idNumber())
                .param("source", "MANDATORY_SCHOOL")
                .param("reporter", "某小学")
                .param("reportedOn", ChinaTime.today().plusDays(1).toString())
                .param("summary", "学生身上多处伤痕")
                .param("riskLevel", "LOW"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("报告日期：日期不能晚于今天")));
  }

  @Test
  void anApplicationWhoseParentsSituationBeganIn0001IsRefusedNamingTheField() throws Exception {
    RegistryFixtures.Person child =
        data.child(LocalDate.of(2015, 7, 7), ChildrenTestData.COMMUNITY);
    mvc.perform(
            post("/children/cases/new")
                .with(authentication(auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER)))
                .with(csrf())
                .param("childIdNumber", child.idNumber())
                .param("category", "UNSUPPORTED")
                .param("careType", "SCATTERED")
                .param("fatherSituation", "DECEASED")
                .param("fatherSince", "0001-01-01")
                .param("motherSituation", "OUT_OF_CONTACT")
                .param("motherSince", "2022-01-01")
                .param("guardianName", "王奶奶")
                .param("guardianRelation", "祖母")
                .param("consent", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("开始日期：" + OUT_OF_RANGE)));
  }
}
