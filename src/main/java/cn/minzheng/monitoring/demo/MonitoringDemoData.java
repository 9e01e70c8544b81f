package cn.minzheng.monitoring.demo;

import cn.minzheng.monitoring.feeds.Delivery;
import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedRows;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.monitoring.register.LowIncomeRegister;
import cn.minzheng.monitoring.register.LowIncomeRegister.Inclusion;
import cn.minzheng.monitoring.register.RegisterCategory;
import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.shared.ChinaTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code minzheng.demo.enabled=true}: a register of 160 demo residents of one street (锦江区's
 * first), a few feed batches over them (vehicles, medical bills, deaths, disability ratings,
 * incomes, deposits) that raise warnings, and the visit tasks. Guarded by its own batches: a second
 * start changes nothing (each batch is keyed, so even a half-finished earlier run is completed, not
 * repeated).
 */
@Component
@Order(300)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class MonitoringDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(MonitoringDemoData.class);
  static final int PEOPLE = 160;

  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final LowIncomeRegister register;
  private final FeedImports imports;
  private final VisitRecords visits;
  private final String street;

  MonitoringDemoData(
      JdbcClient jdbc,
      FieldCipher cipher,
      LowIncomeRegister register,
      FeedImports imports,
      VisitRecords visits,
      @org.springframework.beans.factory.annotation.Value(
              "${minzheng.monitoring.demo.street:510104001000}")
          String street) {
    this.street = street;
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.register = register;
    this.imports = imports;
    this.visits = visits;
  }

  record Resident(long id, String idNumber, long householdId, String region) {}

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from monitoring.feed_batch where caller = 'demo'")
            .query(Long.class)
            .single()
        >= 6) {
      return;
    }
    List<Resident> people = residents();
    if (people.size() < PEOPLE) {
      log.info("Monitoring demo: not enough demo residents, skipped");
      return;
    }
    LocalDate since = ChinaTime.today().minusMonths(10).withDayOfMonth(1);
    RegisterCategory[] categories = {
      RegisterCategory.DIBAO,
      RegisterCategory.DIBAO,
      RegisterCategory.TEKUN,
      RegisterCategory.MARGINAL,
      RegisterCategory.RELAPSE_RISK
    };
    for (int i = 0; i < people.size(); i++) {
      Resident r = people.get(i);
      register.include(
          new Inclusion(
              r.id(),
              r.householdId(),
              r.region(),
              categories[i % categories.length],
              "MANUAL",
              "演示数据：社区摸排认定",
              null,
              since),
          "demo");
    }
    String month = ChinaTime.today().withDayOfMonth(1).toString();
    String recent = ChinaTime.today().minusDays(20).toString();
    feed(
        FeedType.PENSION_EMPLOYMENT,
        people,
        0,
        60,
        r -> month + ",%d,养老金".formatted(600 + r.id() % 700));
    feed(FeedType.VEHICLE, people, 60, 66, r -> recent + ",68000,川A" + (10000 + r.id() % 89999));
    feed(
        FeedType.MEDICAL_BILL,
        people,
        66,
        72,
        r -> recent + ",%d,四川大学华西医院".formatted(18000 + r.id() % 9000));
    feed(FeedType.HOUSEHOLD_EVENTS, people, 72, 74, r -> recent + ",,死亡");
    feed(FeedType.DISABILITY_RATING, people, 74, 78, r -> recent + ",,肢体二级");
    feed(FeedType.DEPOSITS, people, 78, 120, r -> recent + ",%d,成都农商银行".formatted(r.id() % 30000));
    int tasks =
        visits.generateTasks(
            cn.minzheng.platform.RegionFilter.of(
                people.stream()
                    .map(Resident::region)
                    .collect(java.util.stream.Collectors.toSet())));
    // a third of the demo community's tasks already handed to its worker (docs/demo-accounts.md),
    // so that the list's 承办人 filter and the batch assignment have both kinds to show
    int assigned =
        jdbc.sql(
                """
                update monitoring.visit_task
                   set assignee = 'community_worker', assigned_at = now(),
                       assigned_by = 'demo-generator'
                 where state = 'OPEN' and region_code = '510104001001' and id % 3 = 0""")
            .update();
    log.info(
        "Monitoring demo: register {}, visit tasks {}, assigned {}",
        people.size(),
        tasks,
        assigned);
  }

  private void feed(
      FeedType type,
      List<Resident> people,
      int from,
      int to,
      java.util.function.Function<Resident, String> rest) {
    List<String> lines = new ArrayList<>();
    for (Resident r : people.subList(from, to)) {
      lines.add(r.idNumber() + "," + rest.apply(r));
    }
    FeedRows rows =
        sink -> {
          for (int i = 0; i < lines.size(); i++) {
            sink.row(i + 2, List.of(lines.get(i).split(",", -1)));
          }
        };
    imports.importRows(
        Delivery.api(type, type.department(), "demo", "demo-" + type.code(), digest(lines)),
        rows,
        "demo");
  }

  private List<Resident> residents() {
    return jdbc.sql(
            """
            select p.id, p.id_number_enc, hm.household_id, p.residence_region_code
              from registry.person_fact p
              join registry.membership_fact hm on hm.person_id = p.id and hm.valid_to is null
             where p.residence_region_code like ? and p.life_status = 'ALIVE'
             order by p.id limit ?""")
        .params(street.substring(0, 9) + "%", PEOPLE)
        .query(
            (rs, n) ->
                new Resident(
                    rs.getLong(1), cipher.decrypt(rs.getBytes(2)), rs.getLong(3), rs.getString(4)))
        .list();
  }

  private static byte[] digest(List<String> lines) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
