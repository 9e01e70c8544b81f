package cn.minzheng.monitoring.demo;

import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With {@code minzheng.demo.enabled=true}: traces of life (静默认证) for about 85 % of the living demo
 * residents aged 80 or more — one recent trace each of one of the five trace feeds, dated in the
 * last 25 days — so that the silent share of the 高龄津贴 existence checks is visible. One set-based
 * insert in one delivery; idempotent (the delivery's key).
 */
@Component
@Order(290)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class LifeTraceDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(LifeTraceDemoData.class);
  private static final String KEY = "demo-life-traces";

  private final JdbcClient jdbc;

  LifeTraceDemoData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    boolean done =
        jdbc.sql("select exists (select 1 from monitoring.feed_batch where idempotency_key = ?)")
            .param(KEY)
            .query(Boolean.class)
            .single();
    if (done) {
      return;
    }
    LocalDate today = ChinaTime.today();
    long batch =
        jdbc.sql(
                """
                insert into monitoring.feed_batch
                  (feed_type, channel, source, caller, idempotency_key, received_by, state)
                values ('MEDICAL_SETTLEMENT', 'API', '演示：医保、人社、卫健、交通、银行', 'demo-traces', ?,
                        'demo', 'DONE') returning id""")
            .param(KEY)
            .query(Long.class)
            .single();
    int traces =
        jdbc.sql(
                """
                insert into monitoring.fact (person_id, household_id, region_code, feed_type,
                                             fact_date, detail, source, batch_id, line, received_at)
                select p.id, m.household_id, p.residence_region_code,
                       (array['MEDICAL_SETTLEMENT', 'PENSION_COLLECTION', 'HOSPITAL_VISIT',
                              'TRANSPORT_CARD', 'BANK_ACTIVITY'])[1 + p.id % 5],
                       cast(:today as date) - cast(p.id % 25 as int),
                       (array['社区卫生服务中心', '社保网点', '区人民医院', '天府通', '成都农商银行'])[1 + p.id % 5],
                       'demo', :batch, row_number() over (order by p.id), now()
                  from registry.person_fact p
                  left join registry.membership_fact m on m.person_id = p.id and m.valid_to is null
                 where p.life_status = 'ALIVE' and p.birth_date <= cast(:today as date) - interval '80 years'
                   and p.id % 20 < 17""")
            .param("today", today)
            .param("batch", batch)
            .update();
    jdbc.sql("update monitoring.feed_batch set rows_total = ?, rows_matched = ? where id = ?")
        .params(traces, traces, batch)
        .update();
    log.info("Monitoring demo: {} traces of life for 静默认证", traces);
  }
}
