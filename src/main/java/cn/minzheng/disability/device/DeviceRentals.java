package cn.minzheng.disability.device;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.CitizenMessages;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 辅具租赁: an order (portal or at the point) reserves one available unit of the item at the point —
 * the unit's status changes from AVAILABLE in the same statement that picks it (skipping units
 * other orders are taking), and a partial unique index allows one open rental per unit, so stock
 * never goes negative and no unit is rented twice under any concurrency. The point hands it out
 * (due date = hand-out + days), takes it back with a condition check (damage charged), and refunds
 * the deposit less the rent and any damage; the subsidy share of a person with a disability rating
 * is paid to them month by month ({@link RentalSubsidySettlement}). Overdue rentals get a portal
 * message once a day at most.
 */
@Service
public class DeviceRentals {

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final CitizenMessages messages;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  DeviceRentals(
      JdbcClient jdbc,
      PersonDirectory persons,
      CitizenMessages messages,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.messages = messages;
    this.audit = audit;
    this.events = events;
  }

  public enum Channel {
    PORTAL,
    POINT
  }

  public enum Condition {
    GOOD,
    DAMAGED
  }

  /** A rental as the point and the citizen see it. */
  public record Rental(
      long id,
      long unitId,
      long itemId,
      String itemName,
      long pointId,
      String pointName,
      long personId,
      @Nullable String personName,
      String regionCode,
      String status,
      int days,
      BigDecimal deposit,
      LocalDate handedOutOn,
      LocalDate dueOn,
      LocalDate returnedOn,
      String returnCondition,
      BigDecimal rent,
      BigDecimal subsidy,
      BigDecimal damageCharge,
      BigDecimal depositRefund,
      @Nullable String deliveryAddress) {

    public boolean delivered() {
      return deliveryAddress != null;
    }

    public String statusLabel() {
      return statusLabelOf(status);
    }

    /** The Chinese name of a rental status (also in a person's picture). */
    public static String statusLabelOf(String status) {
      return switch (status) {
        case "RESERVED" -> "待领取";
        case "OUT" -> "租用中";
        case "RETURNED" -> "已归还";
        default -> "已取消";
      };
    }
  }

  private static final String SELECT =
      """
      select r.id, r.unit_id, r.item_id, i.name as item_name, r.point_id, p.name as point_name,
             r.person_id, pf.name as person_name, r.region_code, r.status, r.days, r.deposit, r.handed_out_on, r.due_on,
             r.returned_on, r.return_condition, r.rent, r.subsidy, r.damage_charge, r.deposit_refund,
             r.delivery_address
        from disability.rental r
        join disability.device_item i on i.id = r.item_id
        join disability.service_point p on p.id = r.point_id
        left join registry.person_fact pf on pf.id = r.person_id
      """;

  /** Orders one unit of the item at the point for the person. @return the rental id */
  @Transactional
  public long order(
      long personId, long itemId, long pointId, int days, Channel channel, String by) {
    return order(personId, itemId, pointId, days, channel, null, by);
  }

  /**
   * As {@link #order(long, long, long, int, Channel, String)}; with a {@code deliveryAddress} the
   * point delivers the unit there (送货上门) instead of handing it out at the counter.
   */
  @Transactional
  public long order(
      long personId,
      long itemId,
      long pointId,
      int days,
      Channel channel,
      @Nullable String deliveryAddress,
      String by) {
    if (days < 1 || days > 365) {
      throw new DeviceRejected("租期为1至365天");
    }
    String address =
        deliveryAddress == null || deliveryAddress.isBlank() ? null : deliveryAddress.strip();
    if (address != null && (address.length() < 5 || address.length() > 200)) {
      throw new DeviceRejected("送货地址：请填写5至200字的详细地址");
    }
    PersonSummary person = persons.find(personId).orElseThrow(() -> new DeviceRejected("未找到租用人"));
    if (!person.alive()) {
      throw new DeviceRejected("租用人已故");
    }
    BigDecimal deposit =
        jdbc.sql("select deposit from disability.device_item where id = ? and active")
            .param(itemId)
            .query(BigDecimal.class)
            .optional()
            .orElseThrow(() -> new DeviceRejected("该辅具不在租赁目录中"));
    Long unit =
        jdbc.sql(
                """
                update disability.device_unit set status = 'RENTED'
                 where id = (select id from disability.device_unit
                              where item_id = ? and point_id = ? and status = 'AVAILABLE'
                              order by id limit 1 for update skip locked)
                   and status = 'AVAILABLE'
                returning id""")
            .params(itemId, pointId)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new DeviceRejected("该服务点此辅具暂无库存"));
    long id =
        jdbc.sql(
                """
                insert into disability.rental
                       (unit_id, item_id, point_id, person_id, region_code, channel, status, days,
                        deposit, ordered_by, delivery_address)
                values (?, ?, ?, ?, ?, ?, 'RESERVED', ?, ?, ?, ?)
                returning id""")
            .params(
                unit,
                itemId,
                pointId,
                personId,
                person.residenceRegionCode(),
                channel.name(),
                days,
                deposit,
                by,
                address)
            .query(Long.class)
            .single();
    audit.record(AuditEvent.success("disability.device.order", "rental", Long.toString(id), null));
    return id;
  }

  public Rental find(long rentalId) {
    return jdbc.sql(SELECT + " where r.id = ?")
        .param(rentalId)
        .query(Rental.class)
        .optional()
        .orElseThrow(() -> new cn.minzheng.platform.RecordNotFoundException("rental"));
  }

  public List<Rental> ofPerson(long personId) {
    return jdbc.sql(SELECT + " where r.person_id = ? order by r.id desc")
        .param(personId)
        .query(Rental.class)
        .list();
  }

  /** Open and recent rentals at the points of the caller's region filter. */
  /** The rental statuses of the list's filter. */
  public static final List<String> STATUSES = List.of("RESERVED", "OUT", "RETURNED", "CANCELLED");

  /**
   * One page of the rentals at the service points in {@code scope}, those to hand out and those out
   * first, then the newest; {@code status}: one of {@link #STATUSES}, {@code null} for all.
   */
  public cn.minzheng.platform.PageResult<Rental> atPoints(
      cn.minzheng.platform.RegionFilter scope,
      @org.jspecify.annotations.Nullable String status,
      cn.minzheng.platform.PageQuery query) {
    String where =
        " where (? or p.region_code = any(?)) and (?::text is null or r.status = ?::text)";
    long total =
        jdbc.sql(
                "select count(*) from disability.rental r"
                    + " join disability.service_point p on p.id = r.point_id"
                    + where)
            .params(scope.unrestricted(), scope.codesArray(), status, status)
            .query(Long.class)
            .single();
    List<Rental> rows =
        jdbc.sql(
                SELECT
                    + where
                    + " order by case r.status when 'RESERVED' then 0 when 'OUT' then 1 else 2 end,"
                    + " r.id desc limit ? offset ?")
            .params(
                scope.unrestricted(),
                scope.codesArray(),
                status,
                status,
                query.size(),
                query.offset())
            .query(Rental.class)
            .list();
    return new cn.minzheng.platform.PageResult<>(rows, query, total);
  }

  /** The region of the rental's service point (staff scope). */
  public String pointRegion(long rentalId) {
    return jdbc.sql(
            "select p.region_code from disability.rental r join disability.service_point p"
                + " on p.id = r.point_id where r.id = ?")
        .param(rentalId)
        .query(String.class)
        .optional()
        .orElseThrow(() -> new cn.minzheng.platform.RecordNotFoundException("rental"));
  }

  /** The point hands the unit out: due on hand-out day + days. */
  @Transactional
  public void handOut(long rentalId, LocalDate on) {
    int changed =
        jdbc.sql(
                """
                update disability.rental set status = 'OUT', handed_out_on = ?,
                       due_on = ? + days
                 where id = ? and status = 'RESERVED'""")
            .params(on, on, rentalId)
            .update();
    if (changed == 0) {
      throw new DeviceRejected("该租赁不是待领取状态");
    }
    audit.record(
        AuditEvent.success("disability.device.hand-out", "rental", Long.toString(rentalId), null));
  }

  /**
   * Takes the unit back: rent for the days used (at least one), a damage charge when damaged (the
   * unit is then out of stock), the deposit refund = deposit − rent − damage, not below zero; the
   * subsidy share of a rated person (recorded here as the total the monthly settlement pays for the
   * rental) is not deducted: it is paid month by month.
   */
  @Transactional
  public Rental giveBack(
      long rentalId, LocalDate on, Condition condition, BigDecimal damageCharge) {
    Rental r = find(rentalId);
    if (!"OUT".equals(r.status())) {
      throw new DeviceRejected("该租赁不在租用中");
    }
    if (on.isBefore(r.handedOutOn())) {
      throw new DeviceRejected("归还日期早于领取日期");
    }
    BigDecimal damage = condition == Condition.DAMAGED ? damageCharge : BigDecimal.ZERO;
    if (damage.signum() < 0) {
      throw new DeviceRejected("损坏赔偿不能为负");
    }
    long daysUsed = Math.max(1, ChronoUnit.DAYS.between(r.handedOutOn(), on));
    BigDecimal dailyRent =
        jdbc.sql("select daily_rent from disability.device_item where id = ?")
            .param(r.itemId())
            .query(BigDecimal.class)
            .single();
    BigDecimal rent = dailyRent.multiply(BigDecimal.valueOf(daysUsed));
    boolean rated =
        persons.find(r.personId()).map(p -> p.disabilityCategory() != null).orElse(false);
    BigDecimal subsidy =
        rated ? subsidyOver(r.itemId(), r.handedOutOn(), on, r.dueOn()) : BigDecimal.ZERO;
    // The subsidy is paid to the person month by month (RentalSubsidySettlement), not deducted
    // here.
    BigDecimal refund = r.deposit().subtract(rent).subtract(damage);
    if (refund.signum() < 0) {
      refund = BigDecimal.ZERO.setScale(2);
    }
    jdbc.sql(
            """
            update disability.rental set status = 'RETURNED', returned_on = ?, return_condition = ?,
                   rent = ?, subsidy = ?, damage_charge = ?, deposit_refund = ?
             where id = ? and status = 'OUT'""")
        .params(on, condition.name(), rent, subsidy, damage, refund, rentalId)
        .update();
    jdbc.sql("update disability.device_unit set status = ? where id = ?")
        .params(condition == Condition.GOOD ? "AVAILABLE" : "DAMAGED", r.unitId())
        .update();
    audit.record(
        AuditEvent.success(
            "disability.device.return", "rental", Long.toString(rentalId), condition.name()));
    messages.send(
        CitizenMessage.to(
                r.personId(),
                "辅具已归还",
                r.itemName()
                    + "已归还，租金 "
                    + rent
                    + " 元（其中补贴 "
                    + subsidy
                    + " 元按月发放）"
                    + (damage.signum() > 0 ? "，损坏赔偿 " + damage + " 元" : "")
                    + "，退还押金 "
                    + refund
                    + " 元。")
            .withLink("/portal/disability")
            .once("disability:device:return:" + rentalId));
    return find(rentalId);
  }

  /**
   * The subsidy share of a rental over all its months, as the monthly settlement pays it (each
   * month's share rounded to the fen).
   */
  private BigDecimal subsidyOver(
      long itemId, LocalDate handedOut, LocalDate returned, LocalDate due) {
    return jdbc.sql(
            """
            select coalesce(sum(round(disability.subsidised_rental_days(?, ?, ?, cast(m as date))
                                      * i.daily_rent * i.subsidy_percent / 100.0, 2)), 0)
              from disability.device_item i,
                   generate_series(date_trunc('month', cast(? as date)),
                                   date_trunc('month', cast(? as date)), interval '1 month') m
             where i.id = ?""")
        .params(handedOut, returned, due, handedOut, returned, itemId)
        .query(BigDecimal.class)
        .single()
        .setScale(2);
  }

  /**
   * 续租: extends a rental that is out by {@code extraDays} from its due date, the whole rental at
   * most 365 days (the longest a rental may be ordered for); the overdue reminder starts again from
   * the new due date. The unit stays with the person; the rent is settled on return for the days
   * used. @return the new due date
   */
  @Transactional
  public LocalDate renew(long rentalId, int extraDays, String by) {
    Rental r = find(rentalId);
    if (!"OUT".equals(r.status())) {
      throw new DeviceRejected("只有租用中的辅具可以续租");
    }
    if (extraDays < 1) {
      throw new DeviceRejected("续租天数：至少1天");
    }
    if (r.days() + extraDays > 365) {
      throw new DeviceRejected("续租天数：续租后总租期不能超过365天（还可续租" + (365 - r.days()) + "天）");
    }
    LocalDate newDue = r.dueOn().plusDays(extraDays);
    int changed =
        jdbc.sql(
                """
                update disability.rental set days = days + ?, due_on = ?, reminded_on = null
                 where id = ? and status = 'OUT' and due_on = ?""")
            .params(extraDays, newDue, rentalId, r.dueOn())
            .update();
    if (changed == 0) {
      throw new DeviceRejected("该租赁刚被他人修改，请刷新后重试");
    }
    jdbc.sql(
            """
            insert into disability.rental_renewal (rental_id, days, old_due_on, new_due_on, renewed_by)
            values (?, ?, ?, ?, ?)""")
        .params(rentalId, extraDays, r.dueOn(), newDue, by)
        .update();
    // overdue days the renewal covers become subsidised days, also in an approved month
    events.publishEvent(new RentalRenewed(rentalId, r.personId(), r.dueOn(), newDue));
    audit.record(
        AuditEvent.success(
            "disability.device.renew", "rental", Long.toString(rentalId), extraDays + " 天"));
    messages.send(
        CitizenMessage.to(
                r.personId(),
                "辅具已续租",
                r.itemName() + "已续租" + extraDays + "天，新的归还日期为 " + newDue + "。")
            .withLink("/portal/disability")
            .once("disability:device:renew:" + rentalId + ":" + newDue));
    return newDue;
  }

  /** Cancels an open rental (reserved or out: the unit is back in stock) with a message. */
  @Transactional
  public void cancel(long rentalId, String reason) {
    Rental r = find(rentalId);
    int changed =
        jdbc.sql(
                """
                update disability.rental set status = 'CANCELLED', cancel_reason = ?
                 where id = ? and status in ('RESERVED', 'OUT')""")
            .params(reason, rentalId)
            .update();
    if (changed == 0) {
      return;
    }
    jdbc.sql("update disability.device_unit set status = 'AVAILABLE' where id = ?")
        .param(r.unitId())
        .update();
    audit.record(
        AuditEvent.success("disability.device.cancel", "rental", Long.toString(rentalId), reason));
    messages.send(
        CitizenMessage.to(
                r.personId(),
                "辅具租赁已取消",
                r.itemName()
                    + "的租赁已取消："
                    + reason
                    + ("OUT".equals(r.status()) ? "。请家属将辅具送还" + r.pointName() + "，押金将予退还。" : "。"))
            .withLink("/portal/disability")
            .once("disability:device:cancel:" + rentalId));
  }

  /** Reminds every rental overdue on {@code today} (once a day). @return how many */
  @Transactional
  public int remindOverdue(LocalDate today) {
    List<Rental> overdue =
        jdbc.sql(
                SELECT
                    + " where r.status = 'OUT' and r.due_on < ?"
                    + " and (r.reminded_on is null or r.reminded_on < ?)")
            .params(today, today)
            .query(Rental.class)
            .list();
    for (Rental r : overdue) {
      messages.send(
          CitizenMessage.to(
                  r.personId(),
                  "辅具租赁已到期",
                  r.itemName() + "应于 " + r.dueOn() + " 归还" + r.pointName() + "，请尽快归还或到服务点续租。")
              .withLink("/portal/disability")
              .once("disability:device:overdue:" + r.id() + ":" + today));
      jdbc.sql("update disability.rental set reminded_on = ? where id = ?")
          .params(today, r.id())
          .update();
    }
    return overdue.size();
  }

  /**
   * A death recorded in error was withdrawn: each rental the death cancelled ({@code reason} is the
   * cancel reason it wrote) is reopened in the state it had (reserved, or out when it had been
   * handed out) if its unit is still in stock; otherwise it stays cancelled, marked, and the person
   * is asked to order again. Idempotent: a reopened or marked rental is not picked again.
   *
   * @return the rentals reopened
   */
  @Transactional
  public int reopenAfterWithdrawnDeath(long personId, String reason) {
    record Cancelled(long id, long unitId, boolean handedOut, String itemName) {}
    List<Cancelled> cancelled =
        jdbc.sql(
                """
                select r.id, r.unit_id, r.handed_out_on is not null as handed_out, i.name as item_name
                  from disability.rental r join disability.device_item i on i.id = r.item_id
                 where r.person_id = ? and r.status = 'CANCELLED' and r.cancel_reason = ?
                 order by r.id""")
            .params(personId, reason)
            .query(Cancelled.class)
            .list();
    int reopened = 0;
    for (Cancelled c : cancelled) {
      int taken =
          jdbc.sql(
                  "update disability.device_unit set status = 'RENTED' where id = ?"
                      + " and status = 'AVAILABLE'")
              .param(c.unitId())
              .update();
      String note;
      if (taken == 1) {
        jdbc.sql(
                "update disability.rental set status = ?, cancel_reason = null where id = ?"
                    + " and status = 'CANCELLED'")
            .params(c.handedOut() ? "OUT" : "RESERVED", c.id())
            .update();
        note = c.itemName() + "的租赁已恢复（死亡登记系误登记，已撤销）。";
        reopened++;
      } else {
        jdbc.sql("update disability.rental set cancel_reason = ? where id = ?")
            .params(reason + "；死亡登记已撤销，辅具已另行出租，未能恢复", c.id())
            .update();
        note = c.itemName() + "的租赁因误登记死亡被取消，辅具已另行出租，请到服务点或网上重新预约。";
      }
      audit.record(
          AuditEvent.success(
              "disability.device.reopen",
              "rental",
              Long.toString(c.id()),
              taken == 1 ? "恢复" : "未能恢复"));
      messages.send(
          CitizenMessage.to(personId, "辅具租赁：死亡登记已撤销", note)
              .withLink("/portal/disability")
              .once("disability:device:reopen:" + c.id()));
    }
    return reopened;
  }

  /** Open rentals of a person (for the death listener). */
  List<Long> openOf(long personId) {
    return jdbc.sql(
            "select id from disability.rental where person_id = ?"
                + " and status in ('RESERVED', 'OUT') order by id")
        .param(personId)
        .query(Long.class)
        .list();
  }
}
