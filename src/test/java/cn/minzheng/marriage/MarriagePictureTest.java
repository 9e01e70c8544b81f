package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.counter.MarriageRegistration;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 全景 (issue 24): a person's marriage bookings (whoever booked them) and registrations are in the
 * person's picture, linking to the counter's day, and only within the caller's subtree.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MarriagePictureTest {

  @Autowired MockMvc mvc;
  @Autowired Offices offices;
  @Autowired BookingService bookings;
  @Autowired MarriageRegistration registration;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  @Test
  void thePartiesBookingAndRegistrationAreInTheirPicturesAndNotFoundOutsideTheSubtree()
      throws Exception {
    LocalDate tomorrow = ChinaTime.today().plusDays(1);
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    String officeName = offices.find(office).orElseThrow().name();
    long slot = MarriageFixtures.slot(jdbc, office, tomorrow, 5);
    String man = adult(true);
    String woman = adult(false);
    long manId =
        registry.person(man, "全景婚登", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    long womanId =
        registry.person(woman, "全景婚登", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    Appointment a =
        bookings.book(new BookingRequest(slot, AppointmentType.MARRIAGE, man, woman, null));
    String certificate =
        RegistryTestData.as(
            RegistryTestData.auth(MarriageFixtures.JINJIANG, Role.STREET_CASEWORKER),
            () -> registration.register(a.id(), man, woman, tomorrow).certificateNo());
    var street = RegistryTestData.auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);

    String page =
        mvc.perform(get("/registry/persons/" + womanId + "/picture").with(authentication(street)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("婚姻登记预约：结婚登记")
        .contains(officeName)
        .contains("/marriage/counter?office=" + office + "&amp;day=" + tomorrow)
        .contains("证号 " + certificate);
    mvc.perform(get("/api/v1/persons/" + manId + "/picture").with(authentication(street)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sections[4].entries[*].title", Matchers.hasItem("婚姻登记预约：结婚登记")))
        .andExpect(jsonPath("$.sections[6].entries[*].title", Matchers.hasItem("结婚登记")));
    var otherStreet = RegistryTestData.auth("510104002000", Role.STREET_CASEWORKER);
    mvc.perform(get("/registry/persons/" + womanId + "/picture").with(authentication(otherStreet)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/persons/" + manId + "/picture").with(authentication(otherStreet)))
        .andExpect(status().isNotFound());
  }
}
