package cn.minzheng.elderly.homeservice;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.CitizenMessages;
import cn.minzheng.portal.ServiceCompleted;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders and service records. A record costs its minutes at the year's hourly rate and must stay
 * within the elder's yearly budget; the elder (or the family in the portal) confirms it, rates it
 * and may complain. Only confirmed records are settled.
 */
@Service
public class HomeServiceOrders {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final CitizenMessages messages;
  private final ApplicationEventPublisher events;

  HomeServiceOrders(
      JdbcClient jdbc, AuditLog audit, CitizenMessages messages, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.messages = messages;
    this.events = events;
  }

  @Transactional
  public long order(
      long personId,
      long providerId,
      HomeServiceItem item,
      LocalDate on,
      boolean byCitizen,
      String by) {
    if (item == null) {
      throw new HomeServiceRejected("服务项目：请选择");
    }
    requirePlausibleDay(on);
    String region =
        jdbc.sql(
                "select region_code from elderly.home_service_recipient where person_id = ?"
                    + " and ended_on is null")
            .param(personId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new HomeServiceRejected("该老人不是居家上门服务对象"));
    // share lock: a deactivation running now waits for this order, or this order sees it
    Map<String, Object> provider =
        jdbc
            .sql("select active, region_code from elderly.service_provider where id = ? for share")
            .param(providerId)
            .query()
            .listOfRows()
            .stream()
            .findFirst()
            .orElse(Map.of("active", false, "region_code", ""));
    if (!(Boolean) provider.get("active")) {
      throw new HomeServiceRejected("服务组织：已停用或不存在，不再接受新的工单");
    }
    // Providers serve their own county-level area; the district budget pays them.
    if (!sameDistrict((String) provider.get("region_code"), region)) {
      throw new HomeServiceRejected("服务组织：须为老人所在区（市）县的服务组织");
    }
    long id =
        jdbc.sql(
                """
                insert into elderly.home_service_order (person_id, provider_id, item,
                       scheduled_on, placed_by, region_code, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                personId, providerId, item.name(), on, byCitizen ? "CITIZEN" : "STAFF", region, by)
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("elderly.home.order", "order", "" + id, item.label()));
    return id;
  }

  private static void requirePlausibleDay(LocalDate on) {
    LocalDate today = ChinaTime.today();
    if (on == null || on.isBefore(today) || on.isAfter(today.plusYears(1))) {
      throw new HomeServiceRejected("服务日期：须在今天至一年之内");
    }
  }

  private static boolean sameDistrict(String providerRegion, String elderRegion) {
    return providerRegion.length() >= 6
        && elderRegion.length() >= 6
        && providerRegion.regionMatches(0, elderRegion, 0, 6);
  }

  /** Budget left for the elder in {@code year}: every record of the year counts. */
  public BigDecimal budgetLeft(long personId, int year) {
    return jdbc.sql(
            """
            select s.budget_yuan - coalesce((select sum(r.amount) from elderly.home_service_record r
                    where r.person_id = ? and r.served_at >= ? and r.served_at < ?), 0)
              from elderly.home_service_setting s where s.year = ?""")
        .params(personId, startOf(year), startOf(year + 1), year)
        .query(BigDecimal.class)
        .optional()
        .orElse(BigDecimal.ZERO);
  }

  private static Timestamp startOf(int year) {
    return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant());
  }

  @Transactional
  public long record(long orderId, long workerId, Instant servedAt, int minutes, String by) {
    if (minutes < 15 || minutes > 480) {
      throw new HomeServiceRejected("服务时长：须在15至480分钟之间");
    }
    Map<String, Object> order =
        jdbc
            .sql(
                """
                select o.person_id, o.provider_id, o.region_code
                  from elderly.home_service_order o
                  join elderly.provider_worker w on w.id = ? and w.provider_id = o.provider_id
                   and w.active
                 where o.id = ? and o.status = 'ORDERED' for update of o""")
            .params(workerId, orderId)
            .query()
            .listOfRows()
            .stream()
            .findFirst()
            .orElseThrow(() -> new HomeServiceRejected("工单不存在、已完成，或服务人员不属于该服务组织（或已停用）"));
    long personId = ((Number) order.get("person_id")).longValue();
    int year = servedAt.atZone(ChinaTime.ZONE).getYear();
    BigDecimal amount = amount(year, minutes);
    // one elder at a time: serialise on the recipient row so that two records cannot both fit
    jdbc.sql("select person_id from elderly.home_service_recipient where person_id = ? for update")
        .param(personId)
        .query(Long.class)
        .list();
    if (budgetLeft(personId, year).compareTo(amount) < 0) {
      throw new HomeServiceRejected("年度服务预算不足，本次服务金额 " + amount + " 元");
    }
    long id =
        jdbc.sql(
                """
                insert into elderly.home_service_record (order_id, worker_id, provider_id,
                       person_id, served_at, minutes, amount, region_code, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                orderId,
                workerId,
                order.get("provider_id"),
                personId,
                Timestamp.from(servedAt),
                minutes,
                amount,
                order.get("region_code"),
                by)
            .query(Long.class)
            .single();
    jdbc.sql("update elderly.home_service_order set status = 'DONE' where id = ?")
        .param(orderId)
        .update();
    messages.send(
        CitizenMessage.to(personId, "请确认上门服务", "服务人员已登记 " + minutes + " 分钟的上门服务，请确认并评价。")
            .withLink("/portal/elderly/home-services")
            .once("elderly:home-record:" + id));
    return id;
  }

  private BigDecimal amount(int year, int minutes) {
    BigDecimal rate =
        jdbc.sql("select hourly_rate from elderly.home_service_setting where year = ?")
            .param(year)
            .query(BigDecimal.class)
            .optional()
            .orElseThrow(() -> new HomeServiceRejected(year + " 年度服务标准未设置"));
    return rate.multiply(BigDecimal.valueOf(minutes))
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  /** The elder's confirmation with a rating (1-5) and an optional complaint. */
  @Transactional
  public void confirm(long recordId, long personId, int rating, String complaint) {
    if (rating < 1 || rating > 5) {
      throw new HomeServiceRejected("评价：须为1至5星");
    }
    int n =
        jdbc.sql(
                """
                update elderly.home_service_record
                   set confirmed_at = now(), rating = ?, complaint = nullif(btrim(?), '')
                 where id = ? and person_id = ? and confirmed_at is null""")
            .params(rating, complaint == null ? "" : complaint, recordId, personId)
            .update();
    if (n == 0) {
      throw new HomeServiceRejected("该服务记录不存在或已确认");
    }
    reportRated(recordId, personId, rating, complaint);
  }

  /** 好差评: the confirmation's rating is the portal's rating of this service (one, not two). */
  private void reportRated(long recordId, long personId, int rating, String complaint) {
    events.publishEvent(
        jdbc.sql(
                """
                select o.item, p.name, r.region_code, r.served_at
                  from elderly.home_service_record r
                  join elderly.home_service_order o on o.id = r.order_id
                  join elderly.service_provider p on p.id = r.provider_id
                 where r.id = ?""")
            .param(recordId)
            .query(
                (rs, i) -> {
                  LocalDate served =
                      LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), ChinaTime.ZONE);
                  return new ServiceCompleted(
                      "elderly.home-service",
                      "居家上门服务",
                      Long.toString(recordId),
                      personId,
                      HomeServiceItem.valueOf(rs.getString(1)).label() + "（" + served + "）",
                      rs.getString(2),
                      rs.getString(3),
                      served,
                      rating,
                      complaint);
                })
            .single());
  }
}
