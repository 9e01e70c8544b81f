package cn.minzheng.funeral.web;

import cn.minzheng.funeral.config.BeneficiaryGroup;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.config.FacilityKind;
import cn.minzheng.funeral.config.Ownership;
import cn.minzheng.funeral.config.ReliefRules;
import cn.minzheng.funeral.config.ServiceItem;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 殡葬服务机构与标准: facilities with their services and prices (in the caller's scope), the relief caps per
 * group and item and the eco-burial subsidies, all effective-dated and marked unconfirmed. Everyone
 * in the bureau reads it; city administrators change it.
 */
@Controller
class FuneralConfigPages {

  private final Facilities facilities;
  private final ReliefRules rules;
  private final FuneralAccess access;
  private final DataScope scope;

  FuneralConfigPages(
      Facilities facilities, ReliefRules rules, FuneralAccess access, DataScope scope) {
    this.facilities = facilities;
    this.rules = rules;
    this.access = access;
    this.scope = scope;
  }

  @GetMapping("/funeral/config")
  String show(Model model) {
    access.require(FuneralAccess.STAFF);
    return page(model);
  }

  private String page(Model model) {
    // facilities and prices are reference data without persons: every staff member sees all
    var list = facilities.list(RegionFilter.all());
    Map<Long, List<Facilities.Offer>> offers = new LinkedHashMap<>();
    list.forEach(f -> offers.put(f.id(), facilities.offers(f.id())));
    model.addAttribute("facilities", list);
    model.addAttribute("offers", offers);
    model.addAttribute("reliefs", rules.reliefHistory());
    model.addAttribute("ecos", rules.ecoHistory());
    model.addAttribute("admin", access.has(FuneralAccess.ADMIN));
    model.addAttribute("kinds", FacilityKind.values());
    model.addAttribute("ownerships", Ownership.values());
    model.addAttribute("items", ServiceItem.values());
    model.addAttribute(
        "basicItems", Arrays.stream(ServiceItem.values()).filter(ServiceItem::basic).toList());
    model.addAttribute(
        "ecoItems", Arrays.stream(ServiceItem.values()).filter(ServiceItem::eco).toList());
    model.addAttribute(
        "groups",
        Arrays.stream(BeneficiaryGroup.values()).filter(BeneficiaryGroup::configurable).toList());
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here("殡葬管理"), Breadcrumb.here("殡葬服务机构与标准")));
    return "funeral/config";
  }

  @PostMapping("/funeral/config/relief")
  String relief(
      @RequestParam(required = false) String beneficiaryGroup,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String cap,
      Model model) {
    StaffUser user = access.require(FuneralAccess.ADMIN);
    try {
      rules.setRelief(
          parse(BeneficiaryGroup.class, beneficiaryGroup, "beneficiaryGroup", "对象类别"),
          parse(ServiceItem.class, item, "item", "服务项目"),
          month(from),
          amount(cap, "cap", "限额"),
          user.username());
      model.addAttribute("message", "已保存：自 " + from + " 起执行新的减免限额");
    } catch (InvalidInput e) {
      model.addAttribute("error", e.getMessage());
    }
    return page(model);
  }

  @PostMapping("/funeral/config/eco")
  String eco(
      @RequestParam(required = false) String item,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String amount,
      Model model) {
    StaffUser user = access.require(FuneralAccess.ADMIN);
    try {
      rules.setEco(
          parse(ServiceItem.class, item, "item", "安葬方式"),
          month(from),
          amount(amount, "amount", "补贴金额"),
          user.username());
      model.addAttribute("message", "已保存：自 " + from + " 起执行新的生态安葬补贴");
    } catch (InvalidInput e) {
      model.addAttribute("error", e.getMessage());
    }
    return page(model);
  }

  @PostMapping("/funeral/facilities")
  String addFacility(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String ownership,
      @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String address,
      Model model) {
    StaffUser user = access.require(FuneralAccess.ADMIN);
    try {
      facilities.add(
          name,
          parse(FacilityKind.class, kind, "kind", "类型"),
          parse(Ownership.class, ownership, "ownership", "性质"),
          regionCode,
          address,
          user.username());
      model.addAttribute("message", "已添加：" + name);
    } catch (InvalidInput e) {
      model.addAttribute("error", e.getMessage());
    }
    return page(model);
  }

  @PostMapping("/funeral/facilities/{id}/services")
  String addService(
      @PathVariable long id,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) String serviceName,
      @RequestParam(required = false) String price,
      Model model) {
    StaffUser user = access.require(FuneralAccess.ADMIN);
    var facility =
        facilities
            .find(id)
            .filter(f -> scope.permits(f.regionCode()))
            .orElseThrow(() -> new cn.minzheng.platform.RecordNotFoundException("facility " + id));
    try {
      facilities.addOffer(
          facility.id(),
          parse(ServiceItem.class, item, "item", "服务项目"),
          serviceName,
          amount(price, "price", "价格"),
          user.username());
      model.addAttribute("message", "已保存：" + facility.name() + " " + serviceName);
    } catch (InvalidInput e) {
      model.addAttribute("error", e.getMessage());
    }
    return page(model);
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String label) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, label + "：请选择");
    }
  }

  static YearMonth month(String text) {
    return DateField.month("from", "执行起始月份", text);
  }

  static BigDecimal amount(String text, String field, String label) {
    try {
      return new BigDecimal(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, label + "：须为金额（元）");
    }
  }
}
