package cn.minzheng.disability.web;

import cn.minzheng.disability.device.DeviceCatalogue;
import cn.minzheng.disability.device.DeviceRejected;
import cn.minzheng.disability.device.DeviceRentals;
import cn.minzheng.disability.device.DeviceRentals.Channel;
import cn.minzheng.disability.subsidy.SubsidyQueries;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.PersonDirectory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的残疾人补贴 in the portal: the citizen's own subsidies, the months paid and every start, change and
 * stop with its reason. Only the signed-in citizen's own person.
 */
@Controller
class PortalSubsidyPage {

  private final SubsidyQueries queries;
  private final DeviceCatalogue catalogue;
  private final DeviceRentals rentals;
  private final PersonDirectory persons;

  PortalSubsidyPage(
      SubsidyQueries queries,
      DeviceCatalogue catalogue,
      DeviceRentals rentals,
      PersonDirectory persons) {
    this.queries = queries;
    this.catalogue = catalogue;
    this.rentals = rentals;
    this.persons = persons;
  }

  @GetMapping("/portal/disability")
  String show(Model model) {
    long me = citizen().personId();
    String region = persons.find(me).map(p -> p.residenceRegionCode()).orElse("510100000000");
    model.addAttribute("offers", catalogue.offers(region.substring(0, 6)));
    model.addAttribute("rentals", rentals.ofPerson(me));
    model.addAttribute("statuses", queries.statuses(me));
    model.addAttribute("changes", queries.changes(me));
    model.addAttribute("months", queries.months(me, 24));
    model.addAttribute("corrections", queries.corrections(me));
    return "disability/portal-subsidies";
  }

  /** Orders, then redirects (post/redirect/get): reloading the page never orders twice. */
  @PostMapping("/portal/disability/devices")
  String order(
      @RequestParam(defaultValue = "") String offer,
      @RequestParam(defaultValue = "30") int days,
      @RequestParam(defaultValue = "") String deliveryAddress,
      RedirectAttributes flash) {
    Citizen citizen = citizen();
    try {
      String[] parts = offer.split(":");
      if (parts.length != 2) {
        throw new DeviceRejected("请选择辅具和服务点");
      }
      rentals.order(
          citizen.personId(),
          Long.parseLong(parts[0]),
          Long.parseLong(parts[1]),
          days,
          Channel.PORTAL,
          deliveryAddress,
          "citizen-" + citizen.accountId());
      flash.addFlashAttribute(
          "message", deliveryAddress.isBlank() ? "预约成功，请凭身份证到服务点领取" : "预约成功，服务点将送货上门");
    } catch (DeviceRejected e) {
      flash.addFlashAttribute("error", e.getMessage());
    } catch (NumberFormatException e) {
      flash.addFlashAttribute("error", "请选择辅具和服务点");
    }
    return "redirect:/portal/disability";
  }

  private static Citizen citizen() {
    return ((CitizenAuthentication) SecurityContextHolder.getContext().getAuthentication())
        .citizen();
  }
}
