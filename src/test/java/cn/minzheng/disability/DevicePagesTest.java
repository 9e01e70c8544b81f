package cn.minzheng.disability;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.disability.device.DeviceCatalogue;
import cn.minzheng.disability.device.DeviceRentals;
import cn.minzheng.platform.Role;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A citizen orders a device in the portal; the point of the citizen's street hands it out and takes
 * it back; a point of another street cannot touch the rental (404); an auditor is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DevicePagesTest {

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired DeviceCatalogue catalogue;
  @Autowired DeviceRentals rentals;

  @Test
  void aCitizenOrdersInThePortalAndThePointHandsOutAndTakesBack() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long item =
        catalogue.item("门户轮椅-" + tag, "轮椅", new BigDecimal("2.00"), new BigDecimal("200.00"), 0);
    long point = catalogue.point("门户服务点-" + tag, RegistryTestData.COMMUNITY, "测试路6号");
    catalogue.addUnits(item, point, 1, tag);
    long person = registry.person("门户租用", RegistryTestData.COMMUNITY).id();
    var citizen = CitizenAuthentication.of(new Citizen(1L, person));

    mvc.perform(get("/portal/disability").with(authentication(citizen)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("门户轮椅-" + tag)));
    mvc.perform(
            post("/portal/disability/devices")
                .param("offer", item + ":" + point)
                .param("days", "30")
                .with(authentication(citizen))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/portal/disability"))
        .andExpect(flash().attribute("message", Matchers.containsString("预约成功")));
    long rental = rentals.ofPerson(person).get(0).id();

    var otherStreet = auth("510104002000", Role.STREET_CASEWORKER);
    mvc.perform(
            post("/disability/devices/{id}/hand-out", rental)
                .with(authentication(otherStreet))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/disability/devices/{id}/hand-out", rental)
                .with(authentication(auth(RegistryTestData.CITY, Role.AUDITOR)))
                .with(csrf()))
        .andExpect(status().isForbidden());

    var community = auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER);
    mvc.perform(get("/disability/devices").with(authentication(community)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("门户轮椅-" + tag)))
        // the point must know whom to hand the device to
        .andExpect(content().string(Matchers.containsString("门户租用")));
    mvc.perform(
            post("/disability/devices/{id}/hand-out", rental)
                .with(authentication(community))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(rentals.find(rental).status()).isEqualTo("OUT");
    mvc.perform(
            post("/disability/devices/{id}/return", rental)
                .param("condition", "GOOD")
                .with(authentication(community))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    // returned on the day it went out: one day's rent (2.00), refund 198.00
    assertThat(rentals.find(rental).depositRefund()).isEqualByComparingTo("198.00");
    assertThat(catalogue.inStock(item, point)).isEqualTo(1);
  }
}
