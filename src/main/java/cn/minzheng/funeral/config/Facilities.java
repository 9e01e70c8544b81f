package cn.minzheng.funeral.config;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RegionFilter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Funeral homes and cemeteries with their services and prices (殡葬服务机构). */
@Service("funeralFacilities")
public class Facilities {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  Facilities(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public record Facility(
      long id,
      String name,
      FacilityKind kind,
      Ownership ownership,
      String regionCode,
      String address,
      boolean active) {}

  public record Offer(long id, long facilityId, ServiceItem item, String name, BigDecimal price) {}

  /** The facilities inside the region filter, by region and name. */
  public List<Facility> list(RegionFilter scope) {
    return jdbc.sql(
            """
            select id, name, kind, ownership, region_code, address, active from funeral.facility
             where (? or region_code = any(?)) order by region_code, name""")
        .params(scope.unrestricted(), scope.codesArray())
        .query(Facility.class)
        .list();
  }

  public Optional<Facility> find(long id) {
    return jdbc.sql(
            "select id, name, kind, ownership, region_code, address, active from funeral.facility"
                + " where id = ?")
        .param(id)
        .query(Facility.class)
        .optional();
  }

  public List<Offer> offers(long facilityId) {
    return jdbc.sql(
            "select id, facility_id, item, name, price from funeral.facility_service"
                + " where facility_id = ? order by item, name")
        .param(facilityId)
        .query(Offer.class)
        .list();
  }

  @Transactional
  public long add(
      String name,
      FacilityKind kind,
      Ownership ownership,
      String regionCode,
      String address,
      String by) {
    if (name == null || name.isBlank()) {
      throw new InvalidInput("name", "名称：请填写");
    }
    if (regionCode == null || !regionCode.matches("[0-9]{12}")) {
      throw new InvalidInput("regionCode", "所在区划：须为12位区划代码");
    }
    if (address == null || address.isBlank()) {
      throw new InvalidInput("address", "地址：请填写");
    }
    boolean taken =
        jdbc.sql("select exists (select 1 from funeral.facility where name = ?)")
            .param(name.strip())
            .query(Boolean.class)
            .single();
    if (taken) {
      throw new InvalidInput("name", "名称：已有同名机构");
    }
    long id =
        jdbc.sql(
                """
                insert into funeral.facility (name, kind, ownership, region_code, address, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
            .params(name.strip(), kind.name(), ownership.name(), regionCode, address.strip(), by)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success(
            "funeral.facility.create", "funeral_facility", String.valueOf(id), name.strip()));
    return id;
  }

  @Transactional
  public long addOffer(
      long facilityId, ServiceItem item, String name, BigDecimal price, String by) {
    if (name == null || name.isBlank()) {
      throw new InvalidInput("serviceName", "服务名称：请填写");
    }
    if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > 2) {
      throw new InvalidInput("price", "价格：须为不小于0、最多两位小数的金额（元）");
    }
    long id =
        jdbc.sql(
                """
                insert into funeral.facility_service (facility_id, item, name, price)
                values (?, ?, ?, ?)
                on conflict (facility_id, name) do update set item = excluded.item,
                   price = excluded.price
                returning id""")
            .params(facilityId, item.name(), name.strip(), price)
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success(
            "funeral.facility.service",
            "funeral_facility",
            String.valueOf(facilityId),
            item.name() + " " + name.strip() + " " + price.toPlainString() + " by " + by));
    return id;
  }
}
