package cn.minzheng.elderly.homeservice;

import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.CitizenMessages;
import cn.minzheng.registry.PersonDied;
import cn.minzheng.registry.PersonDirectory;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 身后一件事: a death cancels the person's open home-service orders, with one message to each member of
 * the household and a line on the trail. Idempotent: a re-delivered event finds no open order (and
 * the messages carry once-keys). A withdrawn death does not reopen them (the provider's day is
 * gone); the family books again.
 */
@Component
class HomeServiceOrdersOnDeath {

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
                update elderly.home_service_order set status = 'CANCELLED'
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
}
