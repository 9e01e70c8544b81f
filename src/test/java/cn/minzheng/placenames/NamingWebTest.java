package cn.minzheng.placenames;

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
import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Naming applications into the gazetteer through the API: the same name or the same pinyin in the
 * same county and category refused (another county or category accepted), a polyphonic name
 * corrected by hand, a renamed road's history, the search by pinyin and initials, scope and roles.
 * Each test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class NamingWebTest {

  static final String COMMUNITY = "510104001001";
  static final String OTHER_STREET_COMMUNITY = "510104002001";
  static final String OTHER_COUNTY_COMMUNITY = "510105001001";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  /**
   * A significant category is approved only after its assessment, its consultation and with three
   * experts' reviews: these tests assess through the API and approve on past days, so the
   * consultation is moved to have closed the day before, and three experts review through the API.
   */
  private void consultedAndReviewed(long application, String on) throws Exception {
    mvc.perform(
        post("/api/v1/placenames/applications/{id}/assessment", application)
            .with(CITY)
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                    {"legality": "符合条例", "feasibility": "规划已定", "controllability": "可控",
                     "impactRisks": "影响小", "measures": "宣传", "conclusion": "FEASIBLE",
                     "assessedOn": "%s"}"""
                    .formatted(on)));
    jdbc.sql(
            "update placenames.application set consultation_closes_on = cast(:on as date) - 1"
                + " where id = :id and consultation_closes_on is not null")
        .param("on", on)
        .param("id", application)
        .update();
    for (String expert : new String[] {"王专家", "李专家", "张专家"}) {
      mvc.perform(
              post("/api/v1/placenames/applications/{id}/reviews", application)
                  .with(CITY)
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"expert\": \"" + expert + "\", \"score\": 88, \"opinion\": \"同意\"}"))
          .andExpect(status().isOk());
    }
  }

  private static RequestPostProcessor staff(Role role, String region) {
    return authentication(
        StaffAuthentication.of(new StaffUser(11, "nm-" + role, "测试" + role, region, Set.of(role))));
  }

  private static final RequestPostProcessor CITY = staff(Role.CITY_ADMIN, "510100000000");

  private ResultActions submit(
      String category, String name, String pinyin, String region, Long place) throws Exception {
    String body =
        """
        {"placeId": %s, "category": "%s", "name": "%s", "pinyin": "%s", "regionCode": "%s",
         "location": "30.655,104.081;30.657,104.085", "reasons": "新建道路，依规命名"}"""
            .formatted(place == null ? "null" : place, category, name, pinyin, region);
    return mvc.perform(
        post("/api/v1/placenames/applications")
            .with(CITY)
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private long approved(String category, String name, String pinyin, String region, String on)
      throws Exception {
    String created =
        submit(category, name, pinyin, region, null)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long application = ((Number) JsonPath.read(created, "$.id")).longValue();
    consultedAndReviewed(application, on);
    String place =
        mvc.perform(
                post("/api/v1/placenames/applications/{id}/approve", application)
                    .with(CITY)
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"decidedOn\": \"" + on + "\"}"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(place, "$.id")).longValue();
  }

  @Test
  void theSameNameOrTheSamePinyinInTheSameCountyAndCategoryIsRefused() throws Exception {
    approved("ROAD", "锦城大道", "", COMMUNITY, "2024-03-01");

    submit("ROAD", "锦城大道", "", OTHER_STREET_COMMUNITY, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("已有“锦城大道”，不能重名")));
    // 锦成 reads Jǐnchéng as 锦城 does
    submit("ROAD", "锦成大道", "", OTHER_STREET_COMMUNITY, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("同音的“锦城大道”")));
    submit("ROAD", "锦城大道", "", OTHER_COUNTY_COMMUNITY, null).andExpect(status().isCreated());
    submit("PARK", "锦城大道", "", OTHER_STREET_COMMUNITY, null).andExpect(status().isCreated());
  }

  @Test
  void aNameStillUnderApplicationIsTakenToo() throws Exception {
    submit("BRIDGE", "蓉欧大桥", "", COMMUNITY, null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.flags").value(""));
    submit("BRIDGE", "蓉欧大桥", "", OTHER_STREET_COMMUNITY, null).andExpect(status().isBadRequest());
  }

  @Test
  void aPolyphonicNameIsProposedWronglyAndFiledAsCorrectedByHand() throws Exception {
    mvc.perform(get("/api/v1/placenames/pinyin").param("name", "长安路").with(CITY))
        .andExpect(jsonPath("$.pinyin").value("Zhǎng'ān Lù"));
    mvc.perform(get("/api/v1/placenames/pinyin").param("name", "重庆路").with(CITY))
        .andExpect(jsonPath("$.pinyin").value("Chóngqìng Lù"));

    long place = approved("ROAD", "长安路", "Cháng'ān Lù", COMMUNITY, "2024-03-01");

    mvc.perform(get("/api/v1/placenames/gazetteer/{id}", place).with(CITY))
        .andExpect(jsonPath("$.place.pinyin").value("Cháng'ān Lù"));
    mvc.perform(get("/api/v1/placenames/gazetteer").param("q", "changanlu").with(CITY))
        .andExpect(jsonPath("$[0].name").value("长安路"));
    mvc.perform(get("/api/v1/placenames/gazetteer").param("q", "Cháng'ān").with(CITY))
        .andExpect(jsonPath("$[0].name").value("长安路"));
    mvc.perform(get("/api/v1/placenames/gazetteer").param("q", "zhangan").with(CITY))
        .andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void aRenamedRoadKeepsItsEarlierNameWithDatesAndIsFoundByIt() throws Exception {
    long place = approved("ROAD", "红星路", "", COMMUNITY, "2024-03-01");
    String created =
        submit("ROAD", "红星中路", "", COMMUNITY, place)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.kind").value("RENAME"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long rename = ((Number) JsonPath.read(created, "$.id")).longValue();
    consultedAndReviewed(rename, "2025-05-01");
    mvc.perform(
            post("/api/v1/placenames/applications/{id}/approve", rename)
                .with(staff(Role.DISTRICT_APPROVER, "510104000000"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decidedOn\": \"2025-05-01\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(place))
        .andExpect(jsonPath("$.name").value("红星中路"));

    mvc.perform(get("/api/v1/placenames/gazetteer/{id}", place).with(CITY))
        .andExpect(jsonPath("$.place.name").value("红星中路"))
        .andExpect(jsonPath("$.place.namedSince").value("2025-05-01"))
        .andExpect(jsonPath("$.earlierNames[0].name").value("红星路"))
        .andExpect(jsonPath("$.earlierNames[0].pinyin").value("Hóngxīng Lù"))
        .andExpect(jsonPath("$.earlierNames[0].validFrom").value("2024-03-01"))
        .andExpect(jsonPath("$.earlierNames[0].validTo").value("2025-05-01"));
    mvc.perform(get("/placenames/gazetteer").param("q", "红星路").with(CITY))
        .andExpect(content().string(containsString("红星中路")));
  }

  @Test
  void theSearchFindsByInitialsAndTonelessPinyinInsideTheCallersScopeOnly() throws Exception {
    long place = approved("SQUARE", "天府广场", "", COMMUNITY, "2024-03-01");

    mvc.perform(
            get("/placenames/gazetteer")
                .param("q", "tfgc")
                .with(staff(Role.COMMUNITY_WORKER, COMMUNITY)))
        .andExpect(content().string(containsString("Tiānfǔ Guǎngchǎng")));
    mvc.perform(
            get("/api/v1/placenames/gazetteer")
                .param("q", "tianfu guangchang")
                .with(staff(Role.COMMUNITY_WORKER, COMMUNITY)))
        .andExpect(jsonPath("$[0].id").value(place));
    mvc.perform(
            get("/api/v1/placenames/gazetteer")
                .param("q", "tfgc")
                .with(staff(Role.COMMUNITY_WORKER, OTHER_STREET_COMMUNITY)))
        .andExpect(jsonPath("$.length()").value(0));
    mvc.perform(
            get("/placenames/gazetteer/{id}", place)
                .with(staff(Role.STREET_CASEWORKER, "510104002000")))
        .andExpect(status().isNotFound());
  }

  @Test
  void aCommunityWorkerCannotSubmitAndAStreetCaseworkerCannotApprove() throws Exception {
    mvc.perform(
            post("/api/v1/placenames/applications")
                .with(staff(Role.COMMUNITY_WORKER, COMMUNITY))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/placenames/applications/1/approve")
                .with(staff(Role.STREET_CASEWORKER, "510104001000"))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void theApprovedNameHasAPublicPrintableNoticeAndAnOpenApplicationNone() throws Exception {
    long place = approved("ROAD", "长安路", "Cháng'ān Lù", COMMUNITY, "2024-03-01");
    long application =
        ((Number)
                JsonPath.read(
                    mvc.perform(get("/api/v1/placenames/applications").with(CITY))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                    "$.items[0].id"))
            .longValue();
    String open =
        submit("ROAD", "蓉北大道", "", COMMUNITY, null).andReturn().getResponse().getContentAsString();

    mvc.perform(get("/public/placenames/notices/{id}", application))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("长安路")))
        // the apostrophe is written as an HTML entity
        .andExpect(content().string(containsString("Cháng&#39;ān Lù")))
        .andExpect(content().string(containsString("锦江区民政局")))
        .andExpect(content().string(containsString("2024-03-01")))
        .andExpect(content().string(containsString("official-document.css")))
        .andExpect(content().string(containsString("data-print")));
    mvc.perform(
            get(
                "/public/placenames/notices/{id}",
                ((Number) JsonPath.read(open, "$.id")).longValue()))
        .andExpect(status().isNotFound());
    org.assertj.core.api.Assertions.assertThat(place).isPositive();
  }

  @Test
  void anotherDepartmentReadsTheWholeCitysNamesWithItsScopeOnly() throws Exception {
    approved("ROAD", "红星路", "", COMMUNITY, "2024-03-01");

    mvc.perform(
            get("/api/v1/placenames/standard-names")
                .param("q", "hxl")
                .with(
                    authentication(
                        new cn.minzheng.platform.ServiceAccountAuthentication(
                            1, "zjj", "住房和城乡建设局", Set.of("placenames:gazetteer-read")))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].name").value("红星路"));
    mvc.perform(
            get("/api/v1/placenames/standard-names")
                .with(
                    authentication(
                        new cn.minzheng.platform.ServiceAccountAuthentication(
                            1, "zjj", "住房和城乡建设局", Set.of("cockpit:figures")))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/placenames/standard-names").with(CITY))
        .andExpect(status().isForbidden());
  }

  @Test
  void aNameWithAForeignWordIsFlaggedForReview() throws Exception {
    submit("RESIDENTIAL", "曼哈顿花园", "", COMMUNITY, null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.flags", containsString("曼哈顿")));
  }
}
