package cn.minzheng.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.organisations.charity.CharityOrganisation;
import cn.minzheng.organisations.charity.CharityOrganisations;
import cn.minzheng.organisations.charity.CharityProject;
import cn.minzheng.organisations.charity.CharityProjects;
import cn.minzheng.organisations.credit.PublicCredit;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.register.Organisations;
import cn.minzheng.organisations.register.RegistrationLevel;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 慈善组织 (慈善法 art. 10, 22; domain-rules §9.2): a registered organisation is recognised once; the
 * public fundraising qualification comes after the recognition, never before it; a street-filed
 * community organisation cannot be recognised; both show on the public query.
 */
@SpringBootTest
class CharityOrganisationTest {

  @Autowired CharityOrganisations charities;
  @Autowired PublicCredit publicCredit;
  @Autowired Organisations organisations;
  @Autowired OrganisationTestData data;
  @Autowired CharityProjects projects;

  @Test
  void aRecognisedOrganisationGetsThePublicFundraisingQualificationNotBeforeItsRecognition() {
    long org = data.socialGroup("认定慈善协会", RegistryTestData.COMMUNITY, LocalDate.of(2019, 5, 6));
    String number = "成民慈认〔2020〕" + org + "号";
    charities.recognise(org, LocalDate.of(2020, 6, 1), number, "t");
    assertThatThrownBy(() -> charities.recognise(org, LocalDate.of(2020, 6, 2), number + "2", "t"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已认定");
    assertThatThrownBy(
            () -> charities.grantFundraising(org, LocalDate.of(2020, 5, 31), "募" + org, "t"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("不能早于");
    charities.grantFundraising(org, LocalDate.of(2020, 6, 1), "成民慈募〔2020〕" + org + "号", "t");

    CharityOrganisation c = charities.find(org).orElseThrow();
    assertThat(c.publicFundraising()).isTrue();
    assertThat(c.fundraisingOn()).isEqualTo(LocalDate.of(2020, 6, 1));
    assertThat(c.recognitionNumber()).isEqualTo(number);
    assertThat(publicCredit.search("认定慈善协会"))
        .filteredOn(e -> e.id() == org)
        .singleElement()
        .satisfies(e -> assertThat(e.charity()).isNotNull())
        .satisfies(e -> assertThat(e.charity().fundraisingNumber()).contains("成民慈募"));
  }

  @Test
  void aFundraisingQualificationWithoutRecognitionAndAFiledCommunityOrganisationAreRefused() {
    long plain = data.socialGroup("未认定协会", RegistryTestData.COMMUNITY, LocalDate.of(2019, 5, 6));
    assertThatThrownBy(
            () -> charities.grantFundraising(plain, LocalDate.of(2021, 1, 4), "募" + plain, "t"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("须先认定");
    long filed =
        organisations.register(
            OrganisationKind.COMMUNITY_FILED,
            null,
            data.facts("备案社区文体队", RegistryTestData.COMMUNITY),
            RegistrationLevel.STREET,
            LocalDate.of(2022, 3, 1),
            "t");
    assertThatThrownBy(() -> charities.recognise(filed, LocalDate.of(2022, 4, 1), "认" + filed, "t"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("备案");
  }

  @Test
  void aCommunityProjectBecomesABrandProjectOnceAndNotBeforeItStarted() {
    long id =
        projects.register(
            "邻里守望慈善项目",
            null,
            RegistryTestData.COMMUNITY,
            CharityProject.Field.COMMUNITY,
            LocalDate.of(2024, 3, 1),
            120,
            "t");
    assertThatThrownBy(() -> projects.recogniseBrand(id, LocalDate.of(2024, 2, 29), "t"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("不能早于");
    projects.recogniseBrand(id, LocalDate.of(2024, 3, 1), "t");
    assertThat(projects.find(id).orElseThrow().brand()).isTrue();
    assertThat(projects.find(id).orElseThrow().fieldLabel()).isEqualTo("社区治理与邻里互助");
    assertThatThrownBy(() -> projects.recogniseBrand(id, LocalDate.of(2025, 1, 1), "t"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已于2024-03-01认定");
  }
}
