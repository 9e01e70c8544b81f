package cn.minzheng.elderly.web;

import cn.minzheng.elderly.homeservice.HomeServiceItem;
import cn.minzheng.elderly.homeservice.HomeServiceOrders;
import cn.minzheng.elderly.homeservice.HomeServiceProviders;
import cn.minzheng.elderly.homeservice.HomeServiceQueries;
import cn.minzheng.elderly.homeservice.HomeServiceRejected;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 居家上门服务 in the portal: an enrolled elder books a visit from a provider of their district and
 * confirms, rates or complains about the visits done. Only the citizen's own person is used.
 */
@Controller
class PortalHomeServicePage {

  private final HomeServiceProviders providers;
  private final HomeServiceOrders orders;
  private final HomeServiceQueries queries;
  private final PersonDirectory persons;

  PortalHomeServicePage(
      HomeServiceProviders providers,
      HomeServiceOrders orders,
      HomeServiceQueries queries,
      PersonDirectory persons) {
    this.providers = providers;
    this.orders = orders;
    this.queries = queries;
    this.persons = persons;
  }

  @GetMapping("/portal/elderly/home-services")
  String show(Model model) {
    long me = citizen().personId();
    boolean enrolled = providers.enrolled(me);
    model.addAttribute("enrolled", enrolled);
    if (enrolled) {
      String region = persons.find(me).orElseThrow().residenceRegionCode();
      model.addAttribute("providers", providers.providersFor(region));
      model.addAttribute("items", HomeServiceItem.values());
      model.addAttribute("records", queries.recordsOf(me));
      model.addAttribute("budgetLeft", orders.budgetLeft(me, ChinaTime.today().getYear()));
      model.addAttribute("tomorrow", ChinaTime.today().plusDays(1));
    }
    return "elderly/portal-home-services";
  }

  @PostMapping("/portal/elderly/home-services/book")
  String book(
      @RequestParam long providerId,
      @RequestParam HomeServiceItem item,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      Model model) {
    Citizen citizen = citizen();
    try {
      orders.order(
          citizen.personId(), providerId, item, on, true, "citizen-" + citizen.accountId());
      model.addAttribute("message", "预约成功，服务人员将按约上门");
    } catch (HomeServiceRejected e) {
      model.addAttribute("error", e.getMessage());
    }
    return show(model);
  }

  @PostMapping("/portal/elderly/home-services/confirm")
  String confirm(
      @RequestParam long recordId,
      // the shared 好差评 control starts at 请选择: nothing chosen is refused by the rule (1-5)
      @RequestParam(defaultValue = "0") int rating,
      @RequestParam(required = false) String complaint,
      Model model) {
    try {
      orders.confirm(recordId, citizen().personId(), rating, complaint);
      model.addAttribute("message", "已确认，感谢您的评价");
    } catch (HomeServiceRejected e) {
      model.addAttribute("error", e.getMessage());
    }
    return show(model);
  }

  private static Citizen citizen() {
    return ((CitizenAuthentication) SecurityContextHolder.getContext().getAuthentication())
        .citizen();
  }
}
