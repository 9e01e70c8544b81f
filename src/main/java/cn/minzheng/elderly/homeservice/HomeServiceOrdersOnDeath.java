package cn.minzheng.elderly.homeservice;

import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.CitizenMessages;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.PersonDied;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 身后一件事: a death cancels the person's open home-service orders, with one message to each member of
 * the household and a line on the trail. Idempotent: a re-delivered event finds no open order (and
 * the messages carry once-keys). A death recorded in error and withdrawn reopens the orders the
 * death cancelled — and only those — whose day still lies after today with the elder still a
 * recipient and the provider active; for the others (the day has come, so the provider's round is
 * planned without it) the elder and the family are asked to order again, with a link.
 */
@Component
class HomeServiceOrdersOnDeath {

  /** Where the elder orders home services in the portal. */
  static final String ORDER_AGAIN = "/portal/elderly/home-services";

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final CitizenMessages messages;
  private final LifeEventTrail trail;
  private final AuditLog audit;

  HomeServiceOrdersOnDeath(
      JdbcClient jdbc,
      PersonDirectory persons,
      CitizenMessages messages,
      LifeEventTrail trail,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.messages = messages;
    this.trail = trail;
    this.audit = audit;
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    record Cancelled(long id, String item, LocalDate scheduledOn) {}
    List<Cancelled> cancelled =
        jdbc.sql(
                """
                update elderly.home_service_order
                   set status = 'CANCELLED', death_cancellation = 'CANCELLED'
                 where person_id = ? and status = 'ORDERED'
                returning id, item, scheduled_on""")
            .param(died.personId())
            .query(Cancelled.class)
            .list();
    if (cancelled.isEmpty()) {
      return;
    }
    String name = persons.find(died.personId()).map(p -> p.name()).orElse("");
    List<Long> family =
        persons.householdOf(died.personId()).stream()
            .flatMap(h -> h.members().stream())
            .map(m -> m.personId())
            .filter(id -> id != died.personId())
            .toList();
    for (Cancelled c : cancelled) {
      String what = HomeServiceItem.valueOf(c.item()).label() + "（" + c.scheduledOn() + "）";
      audit.record(
          AuditEvent.success(
              "elderly.home.order-cancel", "order", Long.toString(c.id()), "person died"));
      for (long member : family) {
        messages.send(
            CitizenMessage.to(
                    member, "居家上门服务订单已取消", name + " 的居家上门服务订单 " + what + " 因其去世已自动取消，无需另行办理。节哀顺变。")
                .once("elderly:order-cancelled-death:" + c.id() + ":" + member));
      }
      trail.record(
          new TrailEntry(
              died.personId(),
              LifeEvent.DEATH,
              died.dateOfDeath(),
              "养老服务",
              "取消居家上门服务订单 " + what + "，已通知家属",
              "死亡后取消未完成的预约和订单（§8）",
              "home-order-cancelled:" + c.id()));
    }
  }

  @ApplicationModuleListener
  void on(DeathWithdrawn withdrawn) {
    record Cancelled(long id, String item, LocalDate scheduledOn, boolean reopenable) {}
    List<Cancelled> cancelled =
        jdbc.sql(
                """
                select o.id, o.item, o.scheduled_on,
                       o.scheduled_on > ? and p.active
                         and exists (select 1 from elderly.home_service_recipient r
                                      where r.person_id = o.person_id and r.ended_on is null)
                         as reopenable
                  from elderly.home_service_order o
                  join elderly.service_provider p on p.id = o.provider_id
                 where o.person_id = ? and o.status = 'CANCELLED'
                   and o.death_cancellation = 'CANCELLED'
                 order by o.id for update of o""")
            .params(ChinaTime.today(), withdrawn.personId())
            .query(Cancelled.class)
            .list();
    if (cancelled.isEmpty()) {
      return;
    }
    List<Long> family = new java.util.ArrayList<>(List.of(withdrawn.personId()));
    persons.householdOf(withdrawn.personId()).stream()
        .flatMap(h -> h.members().stream())
        .map(m -> m.personId())
        .filter(id -> id != withdrawn.personId())
        .forEach(family::add);
    for (Cancelled c : cancelled) {
      String what = HomeServiceItem.valueOf(c.item()).label() + "（" + c.scheduledOn() + "）";
      jdbc.sql(
              """
              update elderly.home_service_order
                 set status = case when ? then 'ORDERED' else status end,
                     death_cancellation = case when ? then 'REOPENED' else 'REBOOK_ASKED' end
               where id = ?""")
          .params(c.reopenable(), c.reopenable(), c.id())
          .update();
      audit.record(
          AuditEvent.success(
              c.reopenable() ? "elderly.home.order-reopen" : "elderly.home.order-rebook-asked",
              "order",
              Long.toString(c.id()),
              "death withdrawn"));
      for (long member : family) {
        messages.send(
            (c.reopenable()
                    ? CitizenMessage.to(
                        member, "居家上门服务订单已恢复", "误登记的死亡信息已撤销，居家上门服务订单 " + what + " 已恢复，服务组织将按原日期上门。")
                    : CitizenMessage.to(
                            member,
                            "请重新预约居家上门服务",
                            "误登记的死亡信息已撤销，但居家上门服务订单 " + what + " 的服务日期已到或已过，无法恢复，请重新预约。")
                        .withLink(ORDER_AGAIN))
                .once("elderly:order-death-withdrawn:" + c.id() + ":" + member));
      }
      trail.record(
          new TrailEntry(
              withdrawn.personId(),
              LifeEvent.DEATH_WITHDRAWN,
              withdrawn.dateOfDeath(),
              "养老服务",
              c.reopenable() ? "恢复居家上门服务订单 " + what : "居家上门服务订单 " + what + " 服务日期已过，已通知重新预约",
              "误登记死亡撤销后恢复因死亡取消的订单（§8）",
              "home-order-restored:" + c.id()));
    }
  }
}
