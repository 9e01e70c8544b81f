package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The partner whom a booking names sees it (the message links here) but cannot change it. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalMyBookingsTest {

  @Autowired MockMvc mvc;
  @Autowired Offices offices;
  @Autowired BookingService bookings;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  @Test
  void thePartnerSeesTheBookingMadeForHerWithoutCancelOrReschedule() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, ChinaTime.today().plusDays(2), 3);
    String man = adult(true);
    String woman = adult(false);
    registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    long womanId =
        registry.person(woman, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    Appointment a =
        bookings.book(new BookingRequest(slot, AppointmentType.MARRIAGE, man, woman, 860_001L));

    String page =
        mvc.perform(
                get("/portal/marriage/my")
                    .with(authentication(CitizenAuthentication.of(new Citizen(860_002, womanId)))))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("对方为我预约的").contains(a.code());
    assertThat(page).doesNotContain("/portal/marriage/my/" + a.id() + "/cancel");
  }
}
