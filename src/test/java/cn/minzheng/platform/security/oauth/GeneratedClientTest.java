package cn.minzheng.platform.security.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.client.ApiClient;
import cn.minzheng.client.ApiException;
import cn.minzheng.client.api.DefaultApi;
import cn.minzheng.client.model.Appointment;
import cn.minzheng.client.model.BatchAnswer;
import cn.minzheng.client.model.BookRequest;
import cn.minzheng.client.model.FeedBatchRequest;
import cn.minzheng.client.model.FeedRecord;
import cn.minzheng.client.model.Me;
import cn.minzheng.marriage.MarriageFixtures;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.testing.IdNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Java client generated from the committed OpenAPI document (openapi-generator, library {@code
 * native}) against the running application: a department's system obtains a token with client
 * credentials, reads who it is and uploads a feed batch, and a retry with the same Idempotency-Key
 * answers the same batch. What the generated client sends and reads is the document's contract, so
 * a drift between document and code fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class GeneratedClientTest {

  static final String VEHICLE_SCOPE = "monitoring:feed-vehicle";

  static final String REDIRECT = "https://app.tianfu.example/oauth/callback";

  @LocalServerPort int port;
  @Autowired OAuthClients clients;
  @Autowired MockMvc mvc;
  @Autowired DevelopmentCodeSender codes;
  @Autowired RegistryFixtures registry;
  @Autowired Offices offices;
  @Autowired JdbcClient jdbc;

  @Test
  void aDepartmentsSystemUploadsAFeedThroughTheGeneratedClient() throws Exception {
    OAuthClients.Issued issued =
        clients.registerDepartment(
            "gen-" + UUID.randomUUID().toString().substring(0, 8),
            "交管局车辆登记系统",
            "成都市公安局交通管理局",
            Set.of(VEHICLE_SCOPE),
            "test");
    DefaultApi api = new DefaultApi(client(token(issued)));

    Me me = api.meMe();
    assertThat(me.getDepartment()).isEqualTo("成都市公安局交通管理局");
    assertThat(me.getScopes()).containsExactly(VEHICLE_SCOPE);

    FeedBatchRequest batch =
        new FeedBatchRequest()
            .addRecordsItem(
                new FeedRecord()
                    .idNumber(IdNumbers.uniqueIdNumber(true))
                    .date(LocalDate.now().minusDays(3).toString())
                    .amount(new BigDecimal("85000"))
                    .detail("川A12345"));
    String key = UUID.randomUUID().toString();
    BatchAnswer first = api.feedDeliver("vehicle", batch, key);
    assertThat(first.getRows()).isEqualTo(1);
    BatchAnswer retried = api.feedDeliver("vehicle", batch, key);
    assertThat(retried.getBatchId()).isEqualTo(first.getBatchId());
    assertThat(retried.getRepeated()).isTrue();

    // a feed the client has no scope for is refused as the document says
    assertThatThrownBy(() -> api.feedDeliver("property", batch, UUID.randomUUID().toString()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
  }

  @Test
  void theCityAppBooksReadsAndCancelsAMarriageAppointmentForAConsentingCitizen() throws Exception {
    String clientId = "tfsmy-" + UUID.randomUUID().toString().substring(0, 8);
    clients.registerApp(clientId, "天府市民云", "成都市网络理政办公室", REDIRECT, "test");
    String own = MarriageFixtures.adult(true);
    String partner = MarriageFixtures.adult(false);
    registry.person(own, "生成客户端", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED);
    registry.person(partner, "生成客户端", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED);
    String phone = CityAppConsent.register(mvc, codes, "生成客户端", own);
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, ChinaTime.today().plusDays(2), 2);
    DefaultApi api =
        new DefaultApi(
            client(new CityAppConsent(port).accessToken(clientId, REDIRECT, phone, "booking")));

    String key = UUID.randomUUID().toString();
    BookRequest request =
        new BookRequest()
            .slotId(slot)
            .type(BookRequest.TypeEnum.MARRIAGE)
            .ownIdNumber(own)
            .partnerIdNumber(partner);
    Appointment booked = api.citizenBookingBook(request, key);
    assertThat(api.citizenBookingBook(request, key).getId()).isEqualTo(booked.getId());
    assertThat(api.citizenBookingOne(booked.getId()).getSlotId()).isEqualTo(slot);
    assertThat(api.citizenBookingMine()).extracting(Appointment::getId).contains(booked.getId());
    Appointment cancelled = api.citizenBookingCancel(booked.getId());
    assertThat(booked.getStatus()).isEqualTo(Appointment.StatusEnum.BOOKED);
    assertThat(cancelled.getStatus()).isEqualTo(Appointment.StatusEnum.CANCELLED);
    assertThat(
            jdbc.sql("select booked from booking.slot where id = ?")
                .param(slot)
                .query(Integer.class)
                .single())
        .isZero();
  }

  private ApiClient client(String accessToken) {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://127.0.0.1:" + port);
    client.setRequestInterceptor(
        request -> request.header("Authorization", "Bearer " + accessToken));
    return client;
  }

  private String token(OAuthClients.Issued issued) throws Exception {
    return DepartmentToken.accessToken(port, issued, VEHICLE_SCOPE);
  }
}
