package cn.minzheng.placenames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.placenames.inspection.JointInspections;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * 联合检查: plans, findings with a photo (type by content, size, the same photo twice), the
 * rectification deadline by the working calendar (its last day not overdue, the next day overdue),
 * rectification, roles and scope. Rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class InspectionWebTest {

  @Autowired MockMvc mvc;
  @Autowired java.util.List<cn.minzheng.platform.WorkQueueSource> queues;

  private static final StaffUser JINJIANG_USER =
      new StaffUser(14, "in-q", "锦江", "510104000000", Set.of(Role.DISTRICT_APPROVER));

  /** The 待整改 card of the user: {count, overdue}. */
  private long[] toRectify(StaffUser user) {
    return queues.stream()
        .flatMap(q -> q.pendingFor(user).stream())
        .filter(e -> e.kind().equals("placenames.inspection"))
        .map(e -> new long[] {e.count(), e.overdue()})
        .findFirst()
        .orElse(new long[] {0, 0});
  }

  private static RequestPostProcessor staff(Role role, String region) {
    return authentication(
        StaffAuthentication.of(new StaffUser(14, "in-" + role, "测试" + role, region, Set.of(role))));
  }

  private static final RequestPostProcessor JINJIANG =
      staff(Role.DISTRICT_APPROVER, "510104000000");

  private static byte[] png(int seed) {
    byte[] b = new byte[64];
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    System.arraycopy(head, 0, b, 0, head.length);
    b[20] = (byte) seed;
    return b;
  }

  private long plan(String plannedOn) throws Exception {
    String created =
        mvc.perform(
                post("/api/v1/placenames/inspections")
                    .with(JINJIANG)
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"title": "锦江—成华界线联合检查", "kind": "MARKER", "regionCode": "510104000000",
                         "partners": "成华区民政局", "plannedOn": "%s"}"""
                            .formatted(plannedOn)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(created, "$.plan.id")).longValue();
  }

  private ResultActions finding(long plan, String code, String condition, String on, byte[] photo)
      throws Exception {
    return mvc.perform(
        multipart("/api/v1/placenames/inspections/{id}/findings", plan)
            .file(new MockMultipartFile("photo", "p.png", "image/png", photo))
            .param("objectCode", code)
            .param("location", "30.66,104.10")
            .param("condition", condition)
            .param("description", "界桩倾斜，编号模糊")
            .param("foundOn", on)
            .with(JINJIANG)
            .with(csrf()));
  }

  @Test
  void aDamagedMarkerIsDueFifteenWorkingDaysLaterAndOverdueTheDayAfter() throws Exception {
    long[] before = toRectify(JINJIANG_USER);
    long plan = plan("2026-09-28");
    // found Tuesday 2026-09-29. Working days after it: 30 Sep (1); 1–7 Oct 国庆节; 8, 9 Oct (2, 3);
    // Saturday 10 Oct worked (调休, 4); 12–16 Oct (5–9); 19–23 Oct (10–14); Monday 26 Oct (15)
    String damaged =
        finding(plan, "JZ-510104-03", "DAMAGED", "2026-09-29", png(1))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.rectifyBy").value("2026-10-26"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    finding(plan, "JZ-510104-04", "GOOD", "2026-09-29", png(2))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.rectifyBy").doesNotExist());

    var f =
        new JointInspections.Finding(
            1,
            plan,
            "JZ",
            "30.66,104.10",
            JointInspections.Condition.DAMAGED,
            "x",
            LocalDate.of(2026, 9, 29),
            LocalDate.of(2026, 10, 26),
            null,
            null,
            "x");
    assertThat(f.overdueOn(LocalDate.of(2026, 10, 26))).isFalse();
    assertThat(f.overdueOn(LocalDate.of(2026, 10, 27))).isTrue();

    // today (after 26 October 2026) the plan has one overdue finding and the filter lists it
    assertThat(toRectify(JINJIANG_USER)).containsExactly(before[0] + 1, before[1] + 1);
    mvc.perform(get("/api/v1/placenames/inspections/{id}", plan).with(JINJIANG))
        .andExpect(jsonPath("$.plan.findings").value(2))
        .andExpect(jsonPath("$.plan.open").value(1))
        .andExpect(jsonPath("$.plan.overdue").value(1));
    mvc.perform(get("/placenames/inspections").param("overdue", "true").with(JINJIANG))
        .andExpect(content().string(containsString("锦江—成华界线联合检查")));
    mvc.perform(get("/placenames/inspections/{id}", plan).with(JINJIANG))
        .andExpect(content().string(containsString("逾期未整改")))
        .andExpect(content().string(containsString("无需整改")));

    long id = ((Number) JsonPath.read(damaged, "$.id")).longValue();
    mvc.perform(
            post("/api/v1/placenames/inspections/findings/{id}/rectify", id)
                .with(JINJIANG)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"rectification\": \"已扶正并重刻编号\", \"rectifiedOn\": \"2026-10-28\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rectifiedOn").value("2026-10-28"));
    mvc.perform(get("/api/v1/placenames/inspections/{id}", plan).with(JINJIANG))
        .andExpect(jsonPath("$.plan.overdue").value(0));
    mvc.perform(
            post("/api/v1/placenames/inspections/findings/{id}/rectify", id)
                .with(JINJIANG)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"rectification\": \"再次\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("已整改")));
  }

  @Test
  void photosAreCheckedByContentSizeAndOncePerPlan() throws Exception {
    long plan = plan("2026-09-28");
    finding(plan, "BZ-01", "MISSING", "2026-09-29", "not an image".getBytes())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("仅接受JPG、PNG")));
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    big[0] = (byte) 0xFF;
    big[1] = (byte) 0xD8;
    big[2] = (byte) 0xFF;
    finding(plan, "BZ-01", "MISSING", "2026-09-29", big)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("不超过5MB")));
    byte[] jpeg = Arrays.copyOf(big, 5 * 1024 * 1024);
    finding(plan, "BZ-01", "MISSING", "2026-09-29", jpeg).andExpect(status().isCreated());
    finding(plan, "BZ-02", "MISSING", "2026-09-29", jpeg)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("已在本次检查中上传过")));
    // a finding before the plan's day is refused, naming the field
    finding(plan, "BZ-03", "WRONG_CONTENT", "2026-09-27", png(3))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("检查日期")));
  }

  @Test
  void rolesBeforeRecordsAndAnotherDistrictsPlanIsNotFound() throws Exception {
    long plan = plan("2026-09-28");
    String created =
        finding(plan, "BZ-09", "DAMAGED", "2026-09-29", png(9))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long finding = ((Number) JsonPath.read(created, "$.id")).longValue();
    mvc.perform(
            post("/placenames/inspections")
                .with(staff(Role.COMMUNITY_WORKER, "510104001001"))
                .with(csrf())
                .param("title", "x"))
        .andExpect(status().isForbidden());
    var other = staff(Role.DISTRICT_APPROVER, "510105000000");
    mvc.perform(get("/api/v1/placenames/inspections/{id}", plan).with(other))
        .andExpect(status().isNotFound());
    mvc.perform(get("/placenames/inspections/findings/{id}/photo", finding).with(other))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/placenames/inspections/findings/{id}/photo", finding)
                .with(staff(Role.AUDITOR, "510100000000")))
        .andExpect(status().isOk())
        .andExpect(content().contentType("image/png"));
    // the page form names the missing field
    mvc.perform(
            post("/placenames/inspections")
                .with(JINJIANG)
                .with(csrf())
                .param("title", "锦江区地名标志检查")
                .param("kind", "SIGN")
                .param("regionCode", "510104000000")
                .param("partners", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请填写联合检查单位")));
  }
}
