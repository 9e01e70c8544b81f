package cn.minzheng.disability.device;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RegionFilter;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rental catalogue, the service points and their units (stock): one row per physical unit, so
 * the stock of an item at a point is the count of its available units.
 */
@Service
public class DeviceCatalogue {

  private final JdbcClient jdbc;

  DeviceCatalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds an item to the catalogue; each amount checked, the name once. */
  public long item(
      String name, String kind, BigDecimal dailyRent, BigDecimal deposit, int subsidyPercent) {
    if (name == null || name.isBlank()) {
      throw new InvalidInput("name", "辅具名称：请填写");
    }
    if (kind == null || kind.isBlank()) {
      throw new InvalidInput("kind", "类别：请填写");
    }
    if (dailyRent == null || dailyRent.signum() < 0 || dailyRent.scale() > 2) {
      throw new InvalidInput("dailyRent", "日租金：须为不小于0、最多两位小数的金额（元）");
    }
    if (deposit == null || deposit.signum() < 0 || deposit.scale() > 2) {
      throw new InvalidInput("deposit", "押金：须为不小于0、最多两位小数的金额（元）");
    }
    if (subsidyPercent < 0 || subsidyPercent > 100) {
      throw new InvalidInput("subsidyPercent", "补贴比例：须为0至100");
    }
    try {
      return insertItem(name.strip(), kind.strip(), dailyRent, deposit, subsidyPercent);
    } catch (DuplicateKeyException e) {
      throw new InvalidInput("name", "辅具名称：目录中已有“" + name.strip() + "”");
    }
  }

  private long insertItem(
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
    if (name == null || name.isBlank()) {
      throw new InvalidInput("pointName", "服务点名称：请填写");
    }
    if (regionCode == null || !regionCode.matches("[0-9]{12}")) {
      throw new InvalidInput("regionCode", "所在区划代码：须为12位数字");
    }
    if (address == null || address.isBlank()) {
      throw new InvalidInput("address", "地址：请填写");
    }
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
    if (count < 1 || count > 500) {
      throw new InvalidInput("count", "件数：一次入库1至500件");
    }
    if (serialPrefix == null || !serialPrefix.matches("[A-Za-z0-9-]{1,30}")) {
      throw new InvalidInput("serialPrefix", "编号前缀：1至30位字母、数字或连字符");
    }
    try {
      insertUnits(itemId, pointId, count, serialPrefix);
    } catch (DuplicateKeyException e) {
      throw new InvalidInput("serialPrefix", "编号前缀：该前缀的编号已被使用，请换一个");
    } catch (DataIntegrityViolationException e) {
      throw new InvalidInput("itemId", "请选择目录中的辅具和服务点");
    }
  }

  private void insertUnits(long itemId, long pointId, int count, String serialPrefix) {
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

  /** The units of one item at one point by status: the stock page. */
  public record Stock(
      long itemId,
      String itemName,
      String kind,
      BigDecimal dailyRent,
      BigDecimal deposit,
      int subsidyPercent,
      long pointId,
      String pointName,
      String regionCode,
      long available,
      long rented,
      long damaged) {}

  /** Every item with its units per point of the region filter (items without units too). */
  public List<Stock> stock(RegionFilter scope) {
    return jdbc.sql(
            """
            select i.id as item_id, i.name as item_name, i.kind, i.daily_rent, i.deposit,
                   i.subsidy_percent, p.id as point_id, p.name as point_name, p.region_code,
                   count(u.id) filter (where u.status = 'AVAILABLE') as available,
                   count(u.id) filter (where u.status = 'RENTED') as rented,
                   count(u.id) filter (where u.status = 'DAMAGED') as damaged
              from disability.device_unit u
              join disability.device_item i on i.id = u.item_id
              join disability.service_point p on p.id = u.point_id
             where (? or p.region_code = any(?))
             group by i.id, p.id
             order by p.region_code, p.name, i.kind, i.name""")
        .params(scope.unrestricted(), scope.codesArray())
        .query(Stock.class)
        .list();
  }

  public record Item(
      long id,
      String name,
      String kind,
      BigDecimal dailyRent,
      BigDecimal deposit,
      int subsidyPercent) {
    public String label() {
      return name + "（" + kind + "）";
    }
  }

  public List<Item> items() {
    return jdbc.sql(
            "select id, name, kind, daily_rent, deposit, subsidy_percent from disability.device_item"
                + " where active order by kind, name")
        .query(Item.class)
        .list();
  }

  public record Point(long id, String name, String regionCode, String address) {}

  public List<Point> points(RegionFilter scope) {
    return jdbc.sql(
            "select id, name, region_code, address from disability.service_point"
                + " where (? or region_code = any(?)) order by region_code, name")
        .params(scope.unrestricted(), scope.codesArray())
        .query(Point.class)
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
