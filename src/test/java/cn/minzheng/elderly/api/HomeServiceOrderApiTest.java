package cn.minzheng.elderly.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.minzheng.elderly.ElderlyTestData;
import cn.minzheng.elderly.homeservice.HomeServiceProviders;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.testing.ApiContract;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 居家上门服务 orders over the API: placed once per Idempotency-Key (a retry answers the same order,
 * another request under the same key is refused), the page's rules as 422 problems naming the
 * field, read and listed in the caller's region only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomeServiceOrderApiTest {

  static final StaffUser COMMUNITY_WORKER =
      new StaffUser(
          -9311,
          "api_orders_community",
          "接口派单",
          RegistryTestData.STREET,
          Set.of(Role.COMMUNITY_WORKER));
  static final StaffUser OTHER_DISTRICT =
      new StaffUser(
          -9312, "api_orders_other", "外区派单", "510105000000", Set.of(Role.DISTRICT_APPROVER));

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired PersonDirectory persons;
  @Autowired HomeServiceProviders providers;
  @Autowired JdbcClient jdbc;

  @Test
  void aRetriedOrderWithTheSameKeyPlacesOneOrderAndAnswersTheSame() throws Exception {
    long elder = enrolledElder();
    long provider = providers.addProvider("接口家政", RegistryTestData.STREET, "028-9");
    String key = UUID.randomUUID().toString();
    String body = order(elder, provider, "MEALS", ChinaTime.today().plusDays(3));

    MvcResult first = place(key, body, COMMUNITY_WORKER);
    MvcResult again = place(key, body, COMMUNITY_WORKER);
    assertThat(first.getResponse().getStatus()).isEqualTo(201);
    assertThat(again.getResponse().getStatus()).isEqualTo(201);
    long id = ((Number) JsonPath.read(json(first), "$.id")).longValue();
    assertThat(((Number) JsonPath.read(json(again), "$.id")).longValue()).isEqualTo(id);
    assertThat(first.getResponse().getHeader("Location"))
        .isEqualTo("/api/v1/elderly/home-services/orders/" + id);
    assertThat(ordersOf(elder)).isEqualTo(1);

    // the same key for another request is refused, not replayed
    MvcResult other =
        place(
            key, order(elder, provider, "MEALS", ChinaTime.today().plusDays(4)), COMMUNITY_WORKER);
    assertThat(other.getResponse().getStatus()).isEqualTo(422);
    assertThat(ordersOf(elder)).isEqualTo(1);

    MvcResult read = perform(get("/api/v1/elderly/home-services/orders/" + id), COMMUNITY_WORKER);
    assertThat((String) JsonPath.read(json(read), "$.status")).isEqualTo("ORDERED");
    assertThat((String) JsonPath.read(json(read), "$.item")).isEqualTo("MEALS");
    assertThat(((Number) JsonPath.read(json(read), "$.personId")).longValue()).isEqualTo(elder);
  }

  @Test
  void anOrderNeedsAKeyAndThePagesRulesAnswerAsProblemsNamingTheField() throws Exception {
    long elder = enrolledElder();
    long provider = providers.addProvider("规则家政", RegistryTestData.STREET, "028-8");
    LocalDate today = ChinaTime.today();

    MvcResult noKey =
        perform(
            post("/api/v1/elderly/home-services/orders")
                .contentType("application/json")
                .content(order(elder, provider, "MEALS", today)),
            COMMUNITY_WORKER);
    assertThat(noKey.getResponse().getStatus()).isEqualTo(400);
    assertThat(json(noKey)).contains("\"field\":\"Idempotency-Key\"");

    // the last day of the window is taken, the day after and yesterday are not
    assertThat(
            place(key(), order(elder, provider, "MEALS", today.plusYears(1)), COMMUNITY_WORKER)
                .getResponse()
                .getStatus())
        .isEqualTo(201);
    for (LocalDate wrong : List.of(today.minusDays(1), today.plusYears(1).plusDays(1))) {
      MvcResult refused = place(key(), order(elder, provider, "MEALS", wrong), COMMUNITY_WORKER);
      assertThat(refused.getResponse().getStatus()).as("day %s", wrong).isEqualTo(422);
      assertThat(json(refused)).contains("\"field\":\"scheduledOn\"").contains("服务日期");
    }
    long otherDistrictProvider = providers.addProvider("外区组织", "510105001000", "028-7");
    MvcResult wrongProvider =
        place(key(), order(elder, otherDistrictProvider, "MEALS", today), COMMUNITY_WORKER);
    assertThat(json(wrongProvider)).contains("\"field\":\"providerId\"");

    long notEnrolled =
        registry
            .person(
                ElderlyTestData.idNumberBornOn(LocalDate.of(1944, 4, 4)),
                "未纳入",
                RegistryTestData.COMMUNITY)
            .id();
    MvcResult stranger =
        place(key(), order(notEnrolled, provider, "MEALS", today), COMMUNITY_WORKER);
    assertThat(stranger.getResponse().getStatus()).isEqualTo(422);
    assertThat(json(stranger)).contains("\"field\":\"personId\"");
    assertThat(ordersOf(elder)).isEqualTo(1);
    assertThat(ordersOf(notEnrolled)).isZero();
  }

  @Test
  void anotherRegionSeesNeitherTheOrderNorTheElderNorTheListRow() throws Exception {
    long elder = enrolledElder();
    long provider = providers.addProvider("范围家政", RegistryTestData.STREET, "028-6");
    long id =
        ((Number)
                JsonPath.read(
                    json(
                        place(
                            key(),
                            order(elder, provider, "CLEANING", ChinaTime.today().plusDays(1)),
                            COMMUNITY_WORKER)),
                    "$.id"))
            .longValue();

    assertThat(
            perform(get("/api/v1/elderly/home-services/orders/" + id), OTHER_DISTRICT)
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            place(key(), order(elder, provider, "CLEANING", ChinaTime.today()), OTHER_DISTRICT)
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    List<Number> otherIds =
        JsonPath.read(
            json(
                perform(
                    get("/api/v1/elderly/home-services/orders?status=ORDERED&size=100"),
                    OTHER_DISTRICT)),
            "$.items[*].id");
    assertThat(otherIds.stream().map(Number::longValue)).doesNotContain(id);

    long total =
        jdbc.sql(
                "select count(*) from elderly.home_service_order where status = 'ORDERED'"
                    + " and region_code like '510104001%'")
            .query(Long.class)
            .single();
    String own =
        json(
            perform(
                get("/api/v1/elderly/home-services/orders?status=ORDERED&size=10&page=1"),
                COMMUNITY_WORKER));
    assertThat(((Number) JsonPath.read(own, "$.total")).longValue()).isEqualTo(total);
    assertThat((Integer) JsonPath.read(own, "$.page")).isEqualTo(1);
    MvcResult badStatus =
        perform(get("/api/v1/elderly/home-services/orders?status=LOST"), COMMUNITY_WORKER);
    assertThat(badStatus.getResponse().getStatus()).isEqualTo(400);
  }

  private MvcResult place(String key, String body, StaffUser user) throws Exception {
    return perform(
        post("/api/v1/elderly/home-services/orders")
            .header("Idempotency-Key", key)
            .contentType("application/json")
            .content(body),
        user);
  }

  private MvcResult perform(MockHttpServletRequestBuilder request, StaffUser user)
      throws Exception {
    MvcResult result =
        mvc.perform(request.with(authentication(StaffAuthentication.of(user))).with(csrf()))
            .andReturn();
    ApiContract.assertConforms(mvc, result);
    return result;
  }

  private static String json(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  private static String order(long person, long provider, String item, LocalDate on) {
    return "{\"personId\":%d,\"providerId\":%d,\"item\":\"%s\",\"scheduledOn\":\"%s\"}"
        .formatted(person, provider, item, on);
  }

  private long ordersOf(long person) {
    return jdbc.sql("select count(*) from elderly.home_service_order where person_id = ?")
        .param(person)
        .query(Long.class)
        .single();
  }

  private long enrolledElder() {
    long id =
        registry
            .person(
                ElderlyTestData.idNumberBornOn(LocalDate.of(1943, 3, 3)),
                "接口老人",
                RegistryTestData.COMMUNITY)
            .id();
    providers.enrol(persons.find(id).orElseThrow(), "SOLITARY", ChinaTime.today(), "t");
    return id;
  }
}
