package cn.minzheng.elderly.homeservice;

import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Lists of the home services: open orders, an elder's records, service hours by month. */
@Service
public class HomeServiceQueries {

  private final JdbcClient jdbc;

  HomeServiceQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record OpenOrder(
      long id,
      long personId,
      String provider,
      HomeServiceItem item,
      LocalDate scheduledOn,
      String placedBy,
      String regionCode) {

    public String itemLabel() {
      return item.label();
    }
  }

  public record ServiceRecord(
      long id,
      HomeServiceItem item,
      String provider,
      String worker,
      Instant servedAt,
      int minutes,
      BigDecimal amount,
      Instant confirmedAt,
      Integer rating) {

    public String itemLabel() {
      return item.label();
    }
  }

  public record HoursRow(String month, String districtCode, long records, BigDecimal hours) {}

  /** Columns the open-order list may sort by. */
  public static final Set<String> ORDER_SORTS = Set.of("scheduled_on", "provider", "item");

  /**
   * What the staff narrow the open orders to ({@code null}: any): a provider, a service item, a
   * service date no later than {@code dueBy} (the work of the coming days).
   */
  public record OrderFilter(
      @Nullable Long providerId, @Nullable HomeServiceItem item, @Nullable LocalDate dueBy) {}

  /**
   * One page of the orders not yet served in {@code scope}; ties broken by id for stable paging.
   */
  public PageResult<OpenOrder> openOrders(RegionFilter scope, OrderFilter filter, PageQuery page) {
    String from =
        """
         from elderly.home_service_order o join elderly.service_provider p on p.id = o.provider_id
        where o.status = 'ORDERED' and (? or o.region_code = any(?))
          and (cast(? as bigint) is null or o.provider_id = ?)
          and (cast(? as text) is null or o.item = ?)
          and (cast(? as date) is null or o.scheduled_on <= ?)""";
    String item = filter.item() == null ? null : filter.item().name();
    Object[] params = {
      scope.unrestricted(),
      scope.codesArray(),
      filter.providerId(),
      filter.providerId(),
      item,
      item,
      filter.dueBy(),
      filter.dueBy()
    };
    long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
    List<OpenOrder> rows =
        jdbc.sql(
                "select o.id, o.person_id, p.name as provider, o.item, o.scheduled_on, o.placed_by,"
                    + " o.region_code"
                    + from
                    + " order by "
                    + orderColumn(page)
                    + ", o.id limit ? offset ?")
            .params(params)
            .param(page.size())
            .param(page.offset())
            .query(OpenOrder.class)
            .list();
    return new PageResult<>(rows, page, total);
  }

  /**
   * The whitelisted sort field as a qualified column (provider's name, else the order's column).
   */
  private static String orderColumn(PageQuery page) {
    String column = "provider".equals(page.sort()) ? "p.name" : "o." + page.sort();
    return column + " " + page.direction();
  }

  /** One open order in any region (the caller checks the region): the record form's page. */
  public Optional<OpenOrder> openOrder(long orderId) {
    return jdbc.sql(
            """
            select o.id, o.person_id, p.name as provider, o.item, o.scheduled_on, o.placed_by,
                   o.region_code
              from elderly.home_service_order o join elderly.service_provider p on p.id = o.provider_id
             where o.status = 'ORDERED' and o.id = ?""")
        .param(orderId)
        .query(OpenOrder.class)
        .optional();
  }

  /** An order as the API shows it; status ORDERED, DONE or CANCELLED. */
  public record Order(
      long id,
      long personId,
      long providerId,
      String provider,
      HomeServiceItem item,
      LocalDate scheduledOn,
      String status,
      String placedBy,
      String regionCode,
      Instant createdAt) {

    public String itemLabel() {
      return item.label();
    }
  }

  private static final String ORDER_COLUMNS =
      """
      select o.id, o.person_id, o.provider_id, p.name as provider, o.item, o.scheduled_on,
             o.status, o.placed_by, o.region_code, o.created_at
        from elderly.home_service_order o join elderly.service_provider p on p.id = o.provider_id
      """;

  /** A page of the orders in a scope, optionally of one status, by service day. */
  public PageResult<Order> orders(RegionFilter scope, String status, PageQuery page) {
    String where =
        " where (:all or o.region_code = any(cast(:codes as text[]))) and (cast(:status as text) is null or o.status = :status)";
    List<Order> items =
        jdbc.sql(
                ORDER_COLUMNS
                    + where
                    + " order by o.scheduled_on, o.id limit :limit offset :offset")
            .param("all", scope.unrestricted())
            .param("codes", scope.codesArray())
            .param("status", status)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(Order.class)
            .list();
    long total =
        jdbc.sql("select count(*) from elderly.home_service_order o" + where)
            .param("all", scope.unrestricted())
            .param("codes", scope.codesArray())
            .param("status", status)
            .query(Long.class)
            .single();
    return new PageResult<>(items, page, total);
  }

  public Optional<Order> order(long orderId) {
    return jdbc.sql(ORDER_COLUMNS + " where o.id = ?").param(orderId).query(Order.class).optional();
  }

  public Optional<String> orderRegion(long orderId) {
    return jdbc.sql("select region_code from elderly.home_service_order where id = ?")
        .param(orderId)
        .query(String.class)
        .optional();
  }

  public List<ServiceRecord> recordsOf(long personId) {
    return jdbc.sql(
            """
            select r.id, o.item, p.name as provider, w.name as worker, r.served_at, r.minutes,
                   r.amount, r.confirmed_at, r.rating
              from elderly.home_service_record r
              join elderly.home_service_order o on o.id = r.order_id
              join elderly.service_provider p on p.id = r.provider_id
              join elderly.provider_worker w on w.id = r.worker_id
             where r.person_id = ? order by r.served_at desc limit 50""")
        .param(personId)
        .query(ServiceRecord.class)
        .list();
  }

  public List<HoursRow> hoursByMonth(RegionFilter scope, LocalDate from) {
    return jdbc.sql(
            """
            select to_char(served_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
                   left(region_code, 6) || '000000' as district_code, count(*) as records,
                   round(sum(minutes) / 60.0, 1) as hours
              from elderly.home_service_record
             where served_at >= ? and (? or region_code = any(?))
             group by 1, 2 order by 1 desc, 2""")
        .params(
            java.sql.Timestamp.valueOf(from.atStartOfDay()),
            scope.unrestricted(),
            scope.codesArray())
        .query(HoursRow.class)
        .list();
  }
}
