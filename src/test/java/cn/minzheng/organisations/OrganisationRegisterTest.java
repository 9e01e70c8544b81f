package cn.minzheng.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.organisations.applications.Application;
import cn.minzheng.organisations.applications.Applications;
import cn.minzheng.organisations.register.Facts;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.organisations.register.Organisations;
import cn.minzheng.organisations.register.RegistrationLevel;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register: a code stored upper-case and refused twice (by the service and by the database),
 * changes kept as dated history (name history), and the establishment / change / deregistration
 * applications decided by the authority of the registration level.
 */
@SpringBootTest
class OrganisationRegisterTest {

  @Autowired Organisations organisations;
  @Autowired OrganisationQueries queries;
  @Autowired Applications applications;
  @Autowired OrganisationTestData data;
  @Autowired JdbcClient jdbc;

  @Test
  void aCodeIsStoredUpperCaseAndADuplicateIsRefusedByTheServiceAndTheDatabase() {
    String code = OrganisationTestData.code(OrganisationKind.FOUNDATION);
    long id =
        organisations.register(
            OrganisationKind.FOUNDATION,
            code.toLowerCase(),
            data.facts("锦江区测试基金会", RegistryTestData.COMMUNITY),
            RegistrationLevel.CITY,
            LocalDate.of(2024, 5, 6),
            "test");
    assertThat(queries.find(id).orElseThrow().creditCode()).isEqualTo(code);

    assertThatThrownBy(
            () ->
                organisations.register(
                    OrganisationKind.FOUNDATION,
                    code,
                    data.facts("另一基金会", RegistryTestData.COMMUNITY),
                    RegistrationLevel.CITY,
                    LocalDate.of(2024, 5, 6),
                    "test"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.field()).isEqualTo("creditCode");
              assertThat(e.getMessage()).contains("已登记");
            });
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        """
                    insert into organisations.organisation (kind, credit_code, name, domicile,
                           region_code, legal_representative_name, registration_level,
                           business_scope, registered_on, created_by)
                    values ('FOUNDATION', ?, '直接写入', '某处', '510104001001', '某人', 'CITY',
                            '公益', date '2024-01-01', 'test')""")
                    .param(code)
                    .update())
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void aChangeKeepsTheFormerValuesDatedAndTheNameHistory() {
    long id = data.socialGroup("锦江区老年书画协会", RegistryTestData.COMMUNITY, LocalDate.of(2022, 3, 1));
    Organisation before = queries.find(id).orElseThrow();
    Facts renamed =
        new Facts(
            "锦江区书画艺术协会",
            "锦江区新住所1号",
            before.regionCode(),
            before.legalRepresentativeId(),
            before.legalRepresentativeName(),
            before.supervisingUnit(),
            before.businessScope(),
            before.registeredCapital());

    int changed = organisations.change(id, renamed, LocalDate.of(2025, 4, 1), "变更登记", "test");

    assertThat(changed).isEqualTo(2);
    assertThat(queries.find(id).orElseThrow().name()).isEqualTo("锦江区书画艺术协会");
    assertThat(queries.names(id))
        .extracting(c -> c.newValue(), c -> c.effectiveOn())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("锦江区老年书画协会", LocalDate.of(2022, 3, 1)),
            org.assertj.core.groups.Tuple.tuple("锦江区书画艺术协会", LocalDate.of(2025, 4, 1)));
    assertThat(queries.history(id))
        .anySatisfy(
            c -> {
              assertThat(c.field()).isEqualTo("domicile");
              assertThat(c.oldValue()).isEqualTo(before.domicile());
              assertThat(c.newValue()).isEqualTo("锦江区新住所1号");
            });
  }

  @Test
  void anEstablishmentIsDecidedByTheAuthorityOfItsLevelAndGetsACertificate() {
    String code = OrganisationTestData.code(OrganisationKind.SOCIAL_SERVICE_AGENCY);
    long district =
        applications.establish(
            OrganisationKind.SOCIAL_SERVICE_AGENCY,
            code,
            data.facts("锦江区阳光社工服务中心", RegistryTestData.COMMUNITY),
            RegistrationLevel.DISTRICT,
            "章程、验资报告、住所证明",
            "ustreet");
    long city =
        applications.establish(
            OrganisationKind.SOCIAL_SERVICE_AGENCY,
            OrganisationTestData.code(OrganisationKind.SOCIAL_SERVICE_AGENCY),
            data.facts("成都市测试服务中心", RegistryTestData.COMMUNITY),
            RegistrationLevel.CITY,
            "章程",
            "ustreet");

    assertThatThrownBy(
            () ->
                applications.decide(
                    city,
                    true,
                    null,
                    RegistryTestData.staff(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER)))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.getMessage()).contains("市级管理员"));
    applications.decide(
        district,
        true,
        null,
        RegistryTestData.staff(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER));

    Application decided = applications.find(district).orElseThrow();
    assertThat(decided.status()).isEqualTo("APPROVED");
    assertThat(decided.certificateNumber()).startsWith("民社登");
    Organisation o = queries.find(decided.organisationId()).orElseThrow();
    assertThat(o.creditCode()).isEqualTo(code);
    assertThat(o.certificateNumber()).isEqualTo(decided.certificateNumber());

    long deregister = applications.deregister(o.id(), "清算报告", "organisation", true);
    applications.decide(
        deregister,
        true,
        null,
        RegistryTestData.staff(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER));
    assertThat(queries.find(o.id()).orElseThrow().status()).isEqualTo("DEREGISTERED");
    assertThatThrownBy(
            () ->
                applications.change(
                    o.id(),
                    data.facts("x", RegistryTestData.COMMUNITY),
                    "章程",
                    "organisation",
                    true))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void anEstablishmentWithAWrongCheckCharacterIsRefusedOnTheCodeField() {
    String code = OrganisationTestData.code(OrganisationKind.SOCIAL_GROUP);
    String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
    assertThatThrownBy(
            () ->
                applications.establish(
                    OrganisationKind.SOCIAL_GROUP,
                    wrong,
                    data.facts("错误代码协会", RegistryTestData.COMMUNITY),
                    RegistrationLevel.DISTRICT,
                    "章程",
                    "ustreet"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.field()).isEqualTo("creditCode");
              assertThat(e.getMessage()).contains("第18位");
            });
  }
}
