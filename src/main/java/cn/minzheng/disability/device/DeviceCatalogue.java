package cn.minzheng.disability.device;

import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rental catalogue, the service points and their units (stock). */
@Service
public class DeviceCatalogue {

  private final JdbcClient jdbc;

  DeviceCatalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long item(
      String name, String kind, BigDecimal dailyRent, BigDecimal deposit, int subsidyPercent) {
    return jdbc.sql(
            """
            insert into disability.device_item (name, kind, daily_rent, deposit, subsidy_percent)
            values (?, ?, ?, ?, ?) returning id""")
        .params(name, kind, dailyRent, deposit, subsidyPercent)
        .query(Long.class)
        .single();
  }

  public long point(String name, String regionCode, String address) {
    return jdbc.sql(
            """
            insert into disability.service_point (name, region_code, address)
            values (?, ?, ?) returning id""")
        .params(name, regionCode, address)
        .query(Long.class)
        .single();
  }

  /** Adds {@code count} units of the item to the point's stock (serials prefix-1, prefix-2...). */
  @Transactional
  public void addUnits(long itemId, long pointId, int count, String serialPrefix) {
    jdbc.sql(
            """
            insert into disability.device_unit (item_id, point_id, serial)
            select ?, ?, ? || '-' || n from generate_series(1, ?) n""")
        .params(itemId, pointId, serialPrefix, count)
        .update();
  }

  /** A catalogue item with its stock at a point. */
  public record Offer(
      long itemId,
      String itemName,
      long pointId,
      String pointName,
      java.math.BigDecimal dailyRent,
      java.math.BigDecimal deposit,
      int subsidyPercent,
      int stock) {
    public String label() {
      return itemName + " · " + pointName + "（日租金" + dailyRent + "元，押金" + deposit + "元，有货" + stock
          + "件）";
    }

    public String value() {
      return itemId + ":" + pointId;
    }
  }

  /** What can be rented at the points of a region subtree prefix (e.g. the person's district). */
  public java.util.List<Offer> offers(String regionPrefix) {
    return jdbc.sql(
            """
            select i.id as item_id, i.name as item_name, p.id as point_id, p.name as point_name,
                   i.daily_rent, i.deposit, i.subsidy_percent, count(u.id) as stock
              from disability.device_item i
              join disability.device_unit u on u.item_id = i.id and u.status = 'AVAILABLE'
              join disability.service_point p on p.id = u.point_id
             where i.active and p.region_code like ?
             group by i.id, i.name, p.id, p.name, i.daily_rent, i.deposit, i.subsidy_percent
             order by p.name, i.name""")
        .param(regionPrefix + "%")
        .query(Offer.class)
        .list();
  }

  /** Units of the item in stock at the point. */
  public int inStock(long itemId, long pointId) {
    return jdbc.sql(
            "select count(*) from disability.device_unit where item_id = ? and point_id = ?"
                + " and status = 'AVAILABLE'")
        .params(itemId, pointId)
        .query(Integer.class)
        .single();
  }
}
