package cn.minzheng.assistance.cases;

import static cn.minzheng.assistance.AssistanceFixtures.as;
import static cn.minzheng.assistance.AssistanceFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.assistance.AssistanceFixtures;
import cn.minzheng.assistance.EconomicVerificationProvider;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseWorkflow.ManualVerification;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The verification step with an automated provider plugged in (as the monitoring module will). */
@SpringBootTest
class AutomatedVerificationTest {

  static final LocalDate DAY = LocalDate.of(2026, 3, 9);

  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow realWorkflow;
  @Autowired TownshipReview review;
  @Autowired CaseStore store;
  @Autowired CaseHistory history;
  @Autowired DataScope scope;
  @Autowired JdbcClient jdbc;
  @Autowired CaseTransitions transitions;

  final List<EconomicVerificationProvider.Request> requests = new ArrayList<>();
  StaffUser caseworker = AssistanceFixtures.caseworker();

  CaseWorkflow withProvider(boolean complete) {
    EconomicVerificationProvider provider =
        request -> {
          requests.add(request);
          return new EconomicVerificationProvider.Result(
              "HD-AUTO-1",
              new BigDecimal("900"),
              new BigDecimal("450"),
              true,
              "符合",
              DAY.plusMonths(6),
              complete);
        };
    var beans = new StaticListableBeanFactory(Map.of("provider", provider));
    return new CaseWorkflow(
        store,
        history,
        scope,
        jdbc,
        beans.getBeanProvider(EconomicVerificationProvider.class),
        transitions);
  }

  long accepted() {
    var fx = new AssistanceFixtures(registry, applications, realWorkflow, review);
    long id = fx.file(fx.dibao(fx.household(2), Category.SUPPORT), caseworker, DAY);
    run(caseworker, () -> realWorkflow.accept(id, caseworker));
    return id;
  }

  @Test
  void theAutomatedReportIsAskedFirstWithTheConsentAndItsFiguresAreKept() {
    long id = accepted();
    CaseWorkflow workflow = withProvider(true);
    as(caseworker, () -> workflow.verify(id, null, caseworker, DAY));
    var c = store.find(id).orElseThrow();
    assertThat(c.verificationSource()).isEqualTo("AUTO");
    assertThat(c.perCapitaIncome()).isEqualByComparingTo("450");
    assertThat(requests)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.consentRef()).isEqualTo(c.consentRef());
              assertThat(r.memberPersonIds()).hasSize(2);
            });
  }

  @Test
  void anIncompleteReportFallsBackToTheManualResult() {
    long id = accepted();
    CaseWorkflow workflow = withProvider(false);
    assertThatThrownBy(() -> as(caseworker, () -> workflow.verify(id, null, caseworker, DAY)))
        .hasMessageContaining("请手工录入核对结果");
    as(
        caseworker,
        () ->
            workflow.verify(
                id,
                new ManualVerification(new BigDecimal("1000"), true, "HD-M", "手工"),
                caseworker,
                DAY));
    var c = store.find(id).orElseThrow();
    assertThat(c.verificationSource()).isEqualTo("MANUAL");
    assertThat(c.perCapitaIncome()).isEqualByComparingTo("500");
  }
}
