package cn.minzheng.elderly.web;

import cn.minzheng.elderly.homeservice.HomeServiceItem;
import cn.minzheng.elderly.homeservice.HomeServiceOrders;
import cn.minzheng.elderly.homeservice.HomeServiceProviders;
import cn.minzheng.elderly.homeservice.HomeServiceQueries;
import cn.minzheng.elderly.homeservice.HomeServiceRejected;
import cn.minzheng.elderly.homeservice.HomeServiceSettlement;
import cn.minzheng.elderly.homeservice.ProviderRoster;
import cn.minzheng.elderly.homeservice.ProviderRoster.ProviderForm;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 居家上门服务 for staff: enrolment in an eligible group, providers (workers on the provider's page),
 * orders, service records, the monthly settlement per provider. Every person and order is checked
 * against the caller's region.
 */
@Controller
class HomeServicePages {

  private final HomeServiceProviders providers;
  private final ProviderRoster roster;
  private final HomeServiceOrders orders;
  private final HomeServiceQueries queries;
  private final HomeServiceSettlement settlement;
  private final ElderLookup elders;
  private final DataScope scope;
  private final ElderlyAccess access;

  HomeServicePages(
      HomeServiceProviders providers,
      ProviderRoster roster,
      HomeServiceOrders orders,
      HomeServiceQueries queries,
      HomeServiceSettlement settlement,
      ElderLookup elders,
      DataScope scope,
      ElderlyAccess access) {
    this.providers = providers;
    this.roster = roster;
    this.orders = orders;
    this.queries = queries;
    this.settlement = settlement;
    this.elders = elders;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping("/elderly/home-services")
  String show(
      @RequestParam(required = false) String month,
      @RequestParam(required = false) @Nullable Long provider,
      @RequestParam(required = false) @Nullable HomeServiceItem item,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueBy,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String dir,
      Model model) {
    access.require(ElderlyMenu.STAFF);
    YearMonth m = settlementMonth(month, model);
    model.addAttribute("groups", providers.groups());
    var all = roster.providers(scope.current());
    // the order form offers the active ones of the same list
    model.addAttribute(
        "providers", all.stream().filter(ProviderRoster.ProviderDetail::active).toList());
    model.addAttribute("roster", all);
    model.addAttribute("providerToken", UUID.randomUUID());
    PageQuery query =
        PageQuery.of(page, size, sort, dir, HomeServiceQueries.ORDER_SORTS, "scheduled_on");
    model.addAttribute(
        "page",
        queries.openOrders(
            scope.current(), new HomeServiceQueries.OrderFilter(provider, item, dueBy), query));
    model.addAttribute("provider", provider);
    model.addAttribute("item", item);
    model.addAttribute("dueBy", dueBy);
    model.addAttribute("settlement", settlement.month(m, scope.current()));
    model.addAttribute("month", m);
    model.addAttribute("items", HomeServiceItem.values());
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("养老服务"), Breadcrumb.here("居家上门服务")));
    return "elderly/home-services";
  }

  @PostMapping("/elderly/home-services/{action}")
  String act(
      @PathVariable String action,
      @RequestParam(required = false) String idNumber,
      @RequestParam(required = false) String group,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String contact,
      @RequestParam(required = false) Long providerId,
      @RequestParam(required = false) Long orderId,
      @RequestParam(required = false) Long workerId,
      @RequestParam(required = false) Integer minutes,
      @RequestParam(required = false) HomeServiceItem item,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      @RequestParam(required = false) UUID formToken,
      Model model) {
    StaffUser user = access.require(ElderlyMenu.STAFF);
    try {
      String message =
          switch (action) {
            case "enrol" -> {
              access.require(ElderlyMenu.OFFICE);
              providers.enrol(elders.inScope(idNumber), group, ChinaTime.today(), user.username());
              yield "已纳入服务对象";
            }
            case "provider" -> {
              if (regionCode == null || !scope.permits(regionCode.strip())) {
                throw new HomeServiceRejected("服务区域：须为本辖区内的12位区划代码");
              }
              ProviderForm form = new ProviderForm(name, regionCode.strip(), contact);
              UUID token = formToken == null ? UUID.randomUUID() : formToken;
              yield "已新增服务组织，编号 " + roster.addProvider(form, token, user.username());
            }
            case "group" -> {
              access.require(ElderlyMenu.ADMIN);
              boolean active = "on".equals(contact);
              providers.setGroupActive(group, active);
              yield (active ? "已启用" : "已停用") + "服务对象类别";
            }
            case "order" -> {
              long person = elders.inScope(idNumber).id();
              long provider = required(providerId, "服务组织");
              yield "已派单，工单号 " + orders.order(person, provider, item, on, false, user.username());
            }
            case "record" -> {
              long order = required(orderId, "工单号");
              scope.requireInScope(
                  queries.orderRegion(order).orElseThrow(() -> new RecordNotFoundException("o")));
              orders.record(
                  order,
                  required(workerId, "服务人员"),
                  java.time.Instant.now(),
                  required(minutes, "服务时长"),
                  user.username());
              yield "已登记服务记录，待老人确认";
            }
            default -> throw new RecordNotFoundException("action");
          };
      model.addAttribute("message", message);
    } catch (HomeServiceRejected | IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
    } catch (RecordNotFoundException e) {
      model.addAttribute("error", "本辖区内未找到该人员或工单");
    }
    return show(null, null, null, null, null, null, null, null, model);
  }

  /**
   * The record form of one open order on its own page: where the list's dialog goes without script.
   */
  @GetMapping("/elderly/home-services/orders/{id}")
  String order(@PathVariable long id, Model model) {
    access.require(ElderlyMenu.STAFF);
    var order = queries.openOrder(id).orElseThrow(() -> new RecordNotFoundException("no order"));
    scope.requireInScope(order.regionCode());
    model.addAttribute("order", order);
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("养老服务"),
            Breadcrumb.link("居家上门服务", "/elderly/home-services"),
            Breadcrumb.here("登记服务")));
    return "elderly/home-service-order";
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new HomeServiceRejected(field + "：请填写");
    }
    return value;
  }

  /** The settlement month asked for, this month when none is asked or the text is no month. */
  private static YearMonth settlementMonth(String month, Model model) {
    if (month == null || month.isBlank()) {
      return YearMonth.from(ChinaTime.today());
    }
    try {
      return PlausibleDate.parseMonth(month, PlausibleDate.Span.NEAR, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      model.addAttribute("error", "结算月份：" + e.getMessage());
      return YearMonth.from(ChinaTime.today());
    }
  }
}
