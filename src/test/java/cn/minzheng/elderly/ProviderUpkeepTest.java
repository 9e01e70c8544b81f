package cn.minzheng.elderly;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.elderly.homeservice.HomeServiceItem;
import cn.minzheng.elderly.homeservice.HomeServiceOrders;
import cn.minzheng.elderly.homeservice.HomeServiceProviders;
import cn.minzheng.elderly.homeservice.HomeServiceRejected;
import cn.minzheng.elderly.homeservice.HomeServiceSettlement;
import cn.minzheng.elderly.homeservice.ProviderRoster;
import cn.minzheng.elderly.homeservice.ProviderRoster.ProviderForm;
import cn.minzheng.elderly.homeservice.ProviderRoster.WorkerForm;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff keep providers and workers up: edits within their region (another street's provider is not
 * found), field-named errors, deactivation stops new orders but keeps records and settlement, the
 * same add form sent twice makes one worker, every change audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProviderUpkeepTest {

  static final StaffAuthentication STREET_WORKER =
      auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);
  static final StaffAuthentication OTHER_STREET_WORKER =
      auth("510104002000", Role.STREET_CASEWORKER);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ProviderRoster roster;
  @Autowired HomeServiceProviders providers;
  @Autowired HomeServiceOrders orders;
  @Autowired HomeServiceSettlement settlement;
  @Autowired RegistryFixtures registry;
  @Autowired PersonDirectory persons;

  @Test
  void staffEditAProviderOfTheirStreetAndTheChangeIsAudited() throws Exception {
    long id = provider("编辑前服务社");

    mvc.perform(
            post("/elderly/home-services/providers/" + id)
                .param("name", "编辑后服务社")
                .param("regionCode", RegistryTestData.COMMUNITY)
                .param("contact", "028-86001234")
                .param("active", "true")
                .with(authentication(STREET_WORKER))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    var saved = roster.provider(id).orElseThrow();
    assertThat(saved.name()).isEqualTo("编辑后服务社");
    assertThat(saved.regionCode()).isEqualTo(RegistryTestData.COMMUNITY);
    assertThat(saved.contact()).isEqualTo("028-86001234");
    assertThat(audits("elderly.provider.update", id)).isEqualTo(1);
    mvc.perform(get("/elderly/home-services/providers/" + id).with(authentication(STREET_WORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("编辑后服务社")));
  }

  @Test
  void aProviderOfAnotherStreetIsNotFoundForViewingOrEditing() throws Exception {
    long id = provider("本街道服务社");
    mvc.perform(
            get("/elderly/home-services/providers/" + id).with(authentication(OTHER_STREET_WORKER)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/elderly/home-services/providers/" + id)
                .param("name", "改名")
                .param("regionCode", "510104002001")
                .param("contact", "028-1")
                .param("active", "false")
                .with(authentication(OTHER_STREET_WORKER))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/elderly/home-services/providers/" + id + "/workers")
                .param("name", "越权人员")
                .with(authentication(OTHER_STREET_WORKER))
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(roster.provider(id).orElseThrow().name()).isEqualTo("本街道服务社");
    assertThat(roster.workers(id)).isEmpty();
  }

  @Test
  void refusesAnEmptyNameABadPhoneAndAServiceAreaOutsideTheRegionNamingTheField() throws Exception {
    long id = provider("校验服务社");
    mvc.perform(
            post("/elderly/home-services/providers/" + id)
                .param("name", " ")
                .param("regionCode", RegistryTestData.SIBLING_STREET_COMMUNITY)
                .param("contact", "电话号码")
                .param("active", "true")
                .with(authentication(STREET_WORKER))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("名称：不能为空")))
        .andExpect(content().string(Matchers.containsString("服务区域：须为本辖区内的区划代码")))
        .andExpect(content().string(Matchers.containsString("联系电话：只能包含数字")));
    mvc.perform(
            post("/elderly/home-services/providers/" + id + "/workers")
                .param("name", "")
                .with(authentication(STREET_WORKER))
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("姓名：不能为空")));

    assertThat(roster.provider(id).orElseThrow().name()).isEqualTo("校验服务社");
    assertThat(roster.workers(id)).isEmpty();
    assertThat(audits("elderly.provider.update", id)).isZero();
  }

  @Test
  void aDeactivatedProviderTakesNoNewOrdersButKeepsItsRecordsAndSettlement() throws Exception {
    long elder = enrolledElder();
    long id = provider("停用测试服务社");
    long worker = roster.addWorker(id, new WorkerForm("护理员丙", "助洁"), UUID.randomUUID(), "s");
    long open = orders.order(elder, id, HomeServiceItem.CLEANING, soon(1), false, "s");
    long done = orders.order(elder, id, HomeServiceItem.CLEANING, soon(2), false, "s");
    long record = orders.record(done, worker, at(2035, 3, 2), 60, "s");
    orders.confirm(record, elder, 4, "");

    mvc.perform(
            post("/elderly/home-services/providers/" + id)
                .param("name", "停用测试服务社")
                .param("regionCode", RegistryTestData.COMMUNITY)
                .param("contact", "028-86005678")
                .param("active", "false")
                .with(authentication(STREET_WORKER))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThatThrownBy(() -> orders.order(elder, id, HomeServiceItem.MEALS, soon(3), false, "s"))
        .isInstanceOf(HomeServiceRejected.class)
        .hasMessageContaining("已停用");
    assertThat(providers.providersFor(RegistryTestData.COMMUNITY))
        .extracting(HomeServiceProviders.Provider::id)
        .doesNotContain(id);
    // the page lists it among the providers, but its order form offers only active ones
    long active = provider("在用测试服务社");
    String page =
        mvc.perform(get("/elderly/home-services").with(authentication(STREET_WORKER)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("data-testid=\"provider-" + id + "\"");
    // the list's filter still offers it (its open orders are served); the order form does not
    String orderForm = page.substring(page.indexOf("action=\"/elderly/home-services/order\""));
    orderForm = orderForm.substring(0, orderForm.indexOf("</form>"));
    assertThat(orderForm).doesNotContain("<option value=\"" + id + "\">");
    assertThat(orderForm).contains("<option value=\"" + active + "\">");
    // an order placed before the deactivation is still served and settled
    orders.record(open, worker, at(2035, 3, 3), 30, "s");
    var line =
        settlement.month(YearMonth.of(2035, 3), RegionFilter.all()).stream()
            .filter(l -> l.providerId() == id)
            .findFirst()
            .orElseThrow();
    assertThat(line.records()).isEqualTo(1);
    assertThat(line.amount()).isEqualByComparingTo("45.00");
    assertThat(line.unconfirmed()).isEqualTo(1);
  }

  @Test
  void aSettlementMonthThatIsNoMonthIsNamedInsteadOfFailing() throws Exception {
    mvc.perform(
            get("/elderly/home-services")
                .param("month", "2026-13")
                .with(authentication(STREET_WORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("结算月份：月份格式应为 年-月")));
  }

  @Test
  void theSameAddFormSentTwiceMakesOneWorker() throws Exception {
    long id = provider("重复提交服务社");
    String token = UUID.randomUUID().toString();
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/elderly/home-services/providers/" + id + "/workers")
                  .param("name", "护理员丁")
                  .param("skills", "助浴")
                  .param("formToken", token)
                  .with(authentication(STREET_WORKER))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(roster.workers(id)).hasSize(1);
    long worker = roster.workers(id).get(0).id();
    assertThat(audits("elderly.worker.add", worker)).isEqualTo(1);
  }

  @Test
  void twoClicksAtTheSameMomentMakeOneWorker() throws Exception {
    long id = provider("并发提交服务社");
    UUID token = UUID.randomUUID();
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Long> ids;
    try {
      List<CompletableFuture<Long>> clicks =
          List.of(click(id, token, together, threads), click(id, token, together, threads));
      ids = clicks.stream().map(CompletableFuture::join).toList();
    } finally {
      threads.shutdown();
    }

    assertThat(ids.get(0)).isEqualTo(ids.get(1));
    assertThat(roster.workers(id))
        .extracting(ProviderRoster.WorkerDetail::id)
        .containsExactly(ids.get(0));
  }

  private CompletableFuture<Long> click(
      long provider, UUID token, CyclicBarrier together, ExecutorService threads) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            together.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return roster.addWorker(provider, new WorkerForm("护理员戊", null), token, "s");
        },
        threads);
  }

  @Test
  void aDeactivatedWorkerRecordsNoServiceAndAWorkerOfAnotherProviderIsNotFound() throws Exception {
    long elder = enrolledElder();
    long id = provider("人员停用服务社");
    long other = provider("另一服务社");
    long worker = roster.addWorker(id, new WorkerForm("护理员己", "助餐"), UUID.randomUUID(), "s");
    long stranger = roster.addWorker(other, new WorkerForm("护理员庚", null), UUID.randomUUID(), "s");

    mvc.perform(
            post("/elderly/home-services/providers/" + id + "/workers/" + worker)
                .param("name", "护理员己")
                .param("skills", "助餐、助洁")
                .param("active", "false")
                .with(authentication(STREET_WORKER))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/elderly/home-services/providers/" + id + "/workers/" + stranger)
                .param("name", "改他人员工")
                .param("active", "false")
                .with(authentication(STREET_WORKER))
                .with(csrf()))
        .andExpect(status().isNotFound());

    var saved = roster.workers(id).get(0);
    assertThat(saved.active()).isFalse();
    assertThat(saved.skills()).isEqualTo("助餐、助洁");
    assertThat(roster.workers(other).get(0).name()).isEqualTo("护理员庚");
    assertThat(audits("elderly.worker.update", worker)).isEqualTo(1);
    long order = orders.order(elder, id, HomeServiceItem.MEALS, soon(4), false, "s");
    assertThatThrownBy(() -> orders.record(order, worker, at(2035, 4, 1), 60, "s"))
        .isInstanceOf(HomeServiceRejected.class);
  }

  private long provider(String name) {
    return roster.addProvider(
        new ProviderForm(name, RegistryTestData.STREET, "028-86000000"), UUID.randomUUID(), "s");
  }

  private long enrolledElder() {
    long id =
        registry
            .person(
                ElderlyTestData.idNumberBornOn(LocalDate.of(1944, 4, 4)),
                "组织测试",
                RegistryTestData.COMMUNITY)
            .id();
    providers.enrol(persons.find(id).orElseThrow(), "SOLITARY", day(2035, 1, 1), "s");
    return id;
  }

  private long audits(String action, long target) {
    return jdbc.sql("select count(*) from platform.audit_log where action = ? and target_id = ?")
        .params(action, "" + target)
        .query(Long.class)
        .single();
  }

  /** An order day within the plausible range (today to a year ahead). */
  private static LocalDate soon(int days) {
    return cn.minzheng.shared.ChinaTime.today().plusDays(days);
  }

  private static LocalDate day(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  private static java.time.Instant at(int y, int m, int d) {
    return LocalDateTime.of(y, m, d, 9, 0).atZone(ChinaTime.ZONE).toInstant();
  }
}
