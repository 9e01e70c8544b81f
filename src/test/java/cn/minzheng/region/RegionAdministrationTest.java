package cn.minzheng.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.domain.RegionAdministration;
import cn.minzheng.region.domain.RegionChangeRejected;
import cn.minzheng.region.domain.RegionCommands.AddChild;
import cn.minzheng.region.domain.RegionCommands.Rename;
import cn.minzheng.region.domain.RegionCommands.Retire;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Changes of the tree by a city administrator, on PostgreSQL. Codes in the unused 3xx range. */
@SpringBootTest
class RegionAdministrationTest {

  static final String STREET = "510104001000";
  static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @Autowired RegionAdministration administration;
  @Autowired RegionQuery regions;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void signInAsCityAdministrator() {
    signIn(Role.CITY_ADMIN);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private static void signIn(Role role) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            StaffAuthentication.of(
                new StaffUser(1, "admin-" + role, "测试", "510100000000", Set.of(role))));
  }

  private RegionNode addVillage(String code, String name) {
    return administration.addChild(new AddChild(STREET, code, name, "村", DAY, null));
  }

  @Test
  void addsAChildVisibleInTheTreeAndInTheParentsSubtree() {
    addVillage("510104001301", "测试新村");
    assertThat(regions.find("510104001301"))
        .get()
        .satisfies(
            n -> {
              assertThat(n.parentCode()).isEqualTo(STREET);
              assertThat(n.kind()).isEqualTo(RegionKind.VILLAGE);
              assertThat(n.statutoryCountyCode()).isEqualTo("510104");
            });
    assertThat(regions.children(STREET)).extracting(RegionNode::code).contains("510104001301");
  }

  @Test
  void renameKeepsTheOldNameInTheHistory() {
    addVillage("510104001302", "旧名村");
    administration.rename(new Rename("510104001302", "新名村", LocalDate.of(2025, 1, 1)));

    assertThat(regions.find("510104001302")).map(RegionNode::name).contains("新名村");
    assertThat(administration.nameHistory("510104001302"))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.name()).isEqualTo("旧名村");
              assertThat(h.validFrom()).isEqualTo(DAY);
              assertThat(h.validTo()).isEqualTo(LocalDate.of(2025, 1, 1));
            });
  }

  @Test
  void refusesToRenameWithAnEffectiveDateBeforeTheCurrentName() {
    addVillage("510104001303", "早名村");
    assertThatThrownBy(
            () -> administration.rename(new Rename("510104001303", "晚名村", DAY.minusDays(1))))
        .isInstanceOfSatisfying(
            RegionChangeRejected.class,
            e -> assertThat(e.fieldErrors()).containsKey("effectiveFrom"));
    assertThat(regions.find("510104001303")).map(RegionNode::name).contains("早名村");
  }

  @Test
  void retireRefusesANodeWithActiveChildren() {
    assertThatThrownBy(
            () ->
                administration.retire(
                    new Retire("510104000000", "测试撤销", ChinaTime.today(), null, true)))
        .isInstanceOfSatisfying(
            RegionChangeRejected.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsEntry("effectiveFrom", "撤销：该区划仍有未撤销的下级区划，不能撤销"));
    assertThat(regions.find("510104000000")).map(RegionNode::validTo).isEmpty();
  }

  @Test
  void retiresALeafWithReasonAndKeepsItInTheSubtree() {
    addVillage("510104001304", "撤销村");
    administration.retire(new Retire("510104001304", "并入相邻村", DAY.plusDays(1), null, true));

    RegionNode retired = regions.find("510104001304").orElseThrow();
    assertThat(retired.validTo()).isEqualTo(DAY.plusDays(1));
    assertThat(retired.retiredReason()).isEqualTo("并入相邻村");
    assertThat(retired.retiredOn(ChinaTime.today())).isTrue();
  }

  @Test
  void retireNeedsConfirmationAndReason() {
    addVillage("510104001305", "未确认村");
    assertThatThrownBy(
            () ->
                administration.retire(
                    new Retire("510104001305", " ", DAY.plusDays(1), null, false)))
        .isInstanceOfSatisfying(
            RegionChangeRejected.class,
            e -> assertThat(e.fieldErrors()).containsKeys("reason", "confirmed"));
    assertThat(regions.find("510104001305")).map(RegionNode::validTo).isEmpty();
  }

  @Test
  void refusesCodesOutsideTheParentsCodeSpaceAndDuplicates() {
    assertRejected(new AddChild(STREET, "510105001306", "错位村", "村", DAY, null), "code");
    assertRejected(new AddChild(STREET, "51010400130", "短码村", "村", DAY, null), "code");
    assertRejected(new AddChild(STREET, "510104001001", "重复村", "村", DAY, null), "code");
    assertRejected(new AddChild(STREET, "510104001306", "  ", "村", DAY, null), "name");
    assertRejected(new AddChild(STREET, "510104001306", "类别村", "街道", DAY, null), "kind");
    assertThat(regions.find("510104001306")).isEmpty();
  }

  @Test
  void streetsOfAFunctionalZoneNeedTheirStatutoryCounty() {
    assertRejected(
        new AddChild("510190000000", "510190599000", "测试街道", "街道", DAY, null),
        "statutoryCountyCode");
    administration.addChild(
        new AddChild("510190000000", "510190599000", "测试街道", "街道", DAY, "510107"));
    assertThat(regions.find("510190599000"))
        .map(RegionNode::statutoryCountyCode)
        .contains("510107");
  }

  @Test
  void staffWithoutAnAdministratorRoleMayNotChangeTheTree() {
    signIn(Role.DISTRICT_APPROVER);
    assertThatThrownBy(() -> addVillage("510104001307", "越权村"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(regions.find("510104001307")).isEmpty();
  }

  @Test
  void auditsEveryChange() {
    addVillage("510104001308", "审计村");
    administration.rename(new Rename("510104001308", "审计新村", DAY.plusDays(10)));
    administration.retire(new Retire("510104001308", "测试", DAY.plusDays(20), null, true));
    assertThat(auditCount("region.add", "510104001308", "SUCCESS")).isEqualTo(1);
    assertThat(auditCount("region.rename", "510104001308", "SUCCESS")).isEqualTo(1);
    assertThat(auditCount("region.retire", "510104001308", "SUCCESS")).isEqualTo(1);
  }

  @Test
  void auditsARefusedChange() {
    signIn(Role.COMMUNITY_WORKER);
    assertThatThrownBy(() -> administration.rename(new Rename("510104001002", "越权名", DAY)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(auditCount("region.rename", "510104001002", "DENIED")).isEqualTo(1);
  }

  private long auditCount(String action, String target, String outcome) {
    return jdbc.sql(
            "select count(*) from platform.audit_log"
                + " where action = ? and target_type = 'region' and target_id = ? and outcome = ?")
        .params(action, target, outcome)
        .query(Long.class)
        .single();
  }

  private void assertRejected(AddChild command, String field) {
    assertThatThrownBy(() -> administration.addChild(command))
        .isInstanceOfSatisfying(
            RegionChangeRejected.class, e -> assertThat(e.fieldErrors()).containsKey(field));
  }
}
