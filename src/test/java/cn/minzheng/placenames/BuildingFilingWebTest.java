package cn.minzheng.placenames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.placenames.naming.Gazetteer;
import cn.minzheng.placenames.naming.PlaceCategory;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.ServiceAccountAuthentication;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
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
 * 住宅区、楼宇名称备案: filed by the housing department's system or by staff, refused for the same name or
 * sound in the county, flagged by the word lists, numbered by county and year when the bureau
 * agrees, listed publicly and printed as a receipt; roles before records, scope. Rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class BuildingFilingWebTest {

  static final String COMMUNITY = "510104001001";
  static final String OTHER_STREET_COMMUNITY = "510104002001";
  static final String OTHER_COUNTY_COMMUNITY = "510105001001";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Gazetteer gazetteer;
  @Autowired java.util.List<cn.minzheng.platform.WorkQueueSource> queues;

  private long awaitingOpinion(StaffUser user) {
    return queues.stream()
        .flatMap(q -> q.pendingFor(user).stream())
        .filter(e -> e.kind().equals("placenames.building"))
        .mapToLong(cn.minzheng.platform.WorkQueueSource.WorkQueueEntry::count)
        .sum();
  }

  private static RequestPostProcessor staff(Role role, String region) {
    return authentication(
        StaffAuthentication.of(new StaffUser(13, "bf-" + role, "测试" + role, region, Set.of(role))));
  }

  private static final RequestPostProcessor CITY = staff(Role.CITY_ADMIN, "510100000000");
  private static final RequestPostProcessor JINJIANG_APPROVER =
      staff(Role.DISTRICT_APPROVER, "510104000000");
  private static final RequestPostProcessor HOUSING =
      authentication(
          new ServiceAccountAuthentication(
              7, "zjj-system", "住房和城乡建设局", Set.of("placenames:building-filing")));

  private static String body(String kind, String name, String pinyin, String region) {
    return """
        {"kind": "%s", "name": "%s", "pinyin": "%s", "regionCode": "%s",
         "location": "30.655,104.081", "developer": "成都锦城置业有限公司", "project": "锦城一期"}"""
        .formatted(kind, name, pinyin, region);
  }

  private ResultActions fileAsStaff(String kind, String name, String pinyin, String region)
      throws Exception {
    return mvc.perform(
        post("/api/v1/placenames/building-filings")
            .with(CITY)
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body(kind, name, pinyin, region)));
  }

  private long id(ResultActions created) throws Exception {
    return ((Number)
            JsonPath.read(
                created
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(),
                "$.id"))
        .longValue();
  }

  private ResultActions decide(long id, boolean agreed, String on) throws Exception {
    return mvc.perform(
        post("/api/v1/placenames/building-filings/{id}/opinion", id)
            .with(JINJIANG_APPROVER)
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"agreed\": %s, \"opinion\": \"名称符合规定，同意备案\", \"decidedOn\": \"%s\"}"
                    .formatted(agreed, on)));
  }

  @Test
  void theHousingSystemFilesTheBureauAgreesAndTheNameIsNumberedListedAndPrinted() throws Exception {
    long first =
        id(
            mvc.perform(
                post("/api/v1/placenames/housing/building-filings")
                    .with(HOUSING)
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body("RESIDENTIAL", "锦绣花园", "", COMMUNITY))));
    long second = id(fileAsStaff("BUILDING", "锦城大厦", "", OTHER_STREET_COMMUNITY));
    mvc.perform(get("/api/v1/placenames/housing/building-filings/{id}", first).with(HOUSING))
        .andExpect(jsonPath("$.channel").value("HOUSING"))
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andExpect(jsonPath("$.pinyin").value("Jǐnxiù Huāyuán"));
    // the housing system reads only what it filed
    mvc.perform(get("/api/v1/placenames/housing/building-filings/{id}", second).with(HOUSING))
        .andExpect(status().isNotFound());
    // not yet on the public list
    mvc.perform(get("/public/placenames/building-names").param("q", "锦绣"))
        .andExpect(content().string(not(containsString("锦绣花园"))));

    String today = ChinaTime.today().toString();
    int year = ChinaTime.today().getYear();
    long earlier =
        jdbc.sql("select count(*) from placenames.building_filing where filing_no like :p")
            .param("p", "510104-" + year + "-%")
            .query(Long.class)
            .single();
    decide(first, true, today)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("FILED"))
        .andExpect(jsonPath("$.filingNo").value("510104-%d-%04d".formatted(year, earlier + 1)));
    decide(second, true, today)
        .andExpect(jsonPath("$.filingNo").value("510104-%d-%04d".formatted(year, earlier + 2)));
    // an opinion is given once
    decide(first, false, today)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("已出具意见")));

    mvc.perform(get("/public/placenames/building-names").param("q", "jinxiu"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("锦绣花园")))
        .andExpect(content().string(not(containsString("锦城大厦"))));
    mvc.perform(get("/placenames/building-filings/{id}/receipt", first).with(JINJIANG_APPROVER))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("备案号：510104-%d-%04d".formatted(year, earlier + 1))))
        .andExpect(content().string(containsString("成都锦城置业有限公司")));
  }

  @Test
  void theSameNameOrSoundInTheCountyIsRefusedElsewhereAllowedAndFreedByARefusal() throws Exception {
    long first = id(fileAsStaff("RESIDENTIAL", "锦绣花园", "", COMMUNITY));
    fileAsStaff("RESIDENTIAL", "锦绣花园", "", OTHER_STREET_COMMUNITY)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("不能重名")));
    // 秀 and 绣 are both xiù: the same sound in the same county
    fileAsStaff("BUILDING", "锦秀花园", "", OTHER_STREET_COMMUNITY)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("不能同音")));
    fileAsStaff("RESIDENTIAL", "锦绣花园", "", OTHER_COUNTY_COMMUNITY).andExpect(status().isCreated());
    // a name in the gazetteer of the same kind is taken too
    gazetteer.file(
        PlaceCategory.RESIDENTIAL,
        "望江名苑",
        "Wàngjiāng Míngyuàn",
        COMMUNITY,
        "30.64,104.09",
        "锦江区民政局",
        LocalDate.of(2020, 5, 1));
    fileAsStaff("RESIDENTIAL", "望江名苑", "", OTHER_STREET_COMMUNITY)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("不能重名")));
    // once refused, the name is free again
    decide(first, false, ChinaTime.today().toString())
        .andExpect(jsonPath("$.status").value("REFUSED"))
        .andExpect(jsonPath("$.filingNo").doesNotExist());
    fileAsStaff("RESIDENTIAL", "锦绣花园", "", OTHER_STREET_COMMUNITY).andExpect(status().isCreated());
  }

  @Test
  void fieldRulesWordListsAndAPolyphonicSpellingCorrectedByHand() throws Exception {
    fileAsStaff("RESIDENTIAL", "维也纳花园", "", COMMUNITY)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.flags", containsString("维也纳")));
    // 长乐 is Chánglè; the transliterator's reading is corrected by hand and filed as typed
    fileAsStaff("BUILDING", "长乐大厦", "Chánglè Dàshà", COMMUNITY)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.pinyin").value("Chánglè Dàshà"));
    fileAsStaff("BUILDING", "长宁大厦", "Chángníng", COMMUNITY)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("音节数与汉字数一致")));
    // 20 characters are accepted, 21 refused
    fileAsStaff("BUILDING", "锦江国际金融中心写字楼第一期工程东塔楼甲", "", COMMUNITY).andExpect(status().isCreated());
    fileAsStaff("BUILDING", "锦江国际金融中心写字楼第一期工程东塔楼甲乙", "", COMMUNITY)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("2至20个汉字")));
    fileAsStaff("STREET", "锦江小巷", "", COMMUNITY)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("名称类别")));
    // the page names the field
    mvc.perform(
            post("/placenames/building-filings")
                .with(CITY)
                .with(csrf())
                .param("kind", "RESIDENTIAL")
                .param("name", "东湖雅苑")
                .param("regionCode", COMMUNITY)
                .param("location", "30.65,104.08")
                .param("developer", "")
                .param("project", "东湖项目"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请填写开发建设单位")));
  }

  @Test
  void rolesBeforeRecordsAndAnotherCountysFilingIsNotFound() throws Exception {
    StaffUser jinjiang =
        new StaffUser(13, "bf-q", "锦江", "510104000000", Set.of(Role.DISTRICT_APPROVER));
    StaffUser qingyang =
        new StaffUser(13, "bf-q2", "青羊", "510105000000", Set.of(Role.DISTRICT_APPROVER));
    long jinjiangBefore = awaitingOpinion(jinjiang);
    long qingyangBefore = awaitingOpinion(qingyang);
    long id = id(fileAsStaff("RESIDENTIAL", "锦官新城", "", COMMUNITY));
    assertThat(awaitingOpinion(jinjiang)).isEqualTo(jinjiangBefore + 1);
    assertThat(awaitingOpinion(qingyang)).isEqualTo(qingyangBefore);
    mvc.perform(
            post("/placenames/building-filings")
                .with(staff(Role.COMMUNITY_WORKER, COMMUNITY))
                .with(csrf())
                .param("name", "某某花园"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/placenames/building-filings/{id}/opinion", 999_999_999L)
                .with(staff(Role.STREET_CASEWORKER, "510104001000"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/placenames/building-filings/{id}", id)
                .with(staff(Role.DISTRICT_APPROVER, "510105000000")))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/placenames/building-filings/{id}", id)
                .with(staff(Role.COMMUNITY_WORKER, COMMUNITY)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("待出具意见")));
    // staff cannot use the housing system's door; a receipt exists only once filed
    mvc.perform(
            post("/api/v1/placenames/housing/building-filings")
                .with(CITY)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("RESIDENTIAL", "锦官花园", "", COMMUNITY)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/placenames/building-filings/{id}/receipt", id).with(CITY))
        .andExpect(status().isNotFound());
    // an opinion dated after today is refused, naming the field
    decide(id, true, ChinaTime.today().plusDays(1).toString())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("意见日期")));
    assertThat(
            jdbc.sql("select status from placenames.building_filing where id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("SUBMITTED");
  }
}
