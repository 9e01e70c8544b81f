package cn.minzheng.elderly.web;

import cn.minzheng.elderly.servicelist.ServiceCategory;
import cn.minzheng.elderly.servicelist.ServiceItem;
import cn.minzheng.elderly.servicelist.ServiceList;
import cn.minzheng.elderly.servicelist.ServiceList.ItemVersion;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 基本养老服务清单: the public page and the city administrators' editing (effective-dated). */
@Controller
class ServiceListPages {

  private final ServiceList list;
  private final ElderlyAccess access;

  ServiceListPages(ServiceList list, ElderlyAccess access) {
    this.list = list;
    this.access = access;
  }

  @GetMapping("/public/elderly/service-list")
  String published(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      Model model) {
    LocalDate day = on == null ? ChinaTime.today() : on;
    model.addAttribute("day", day);
    model.addAttribute("byCategory", byCategory(list.validOn(day)));
    return "elderly/public-service-list";
  }

  @GetMapping("/elderly/service-list")
  String edit(Model model) {
    access.require(ElderlyMenu.STAFF);
    LocalDate today = ChinaTime.today();
    model.addAttribute("items", list.validOn(today));
    model.addAttribute("categories", ServiceCategory.values());
    model.addAttribute("today", today);
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here("养老服务"), Breadcrumb.here("基本养老服务清单")));
    return "elderly/service-list";
  }

  @PostMapping("/elderly/service-list")
  String save(
      @RequestParam String code,
      @RequestParam ServiceCategory category,
      @RequestParam String name,
      @RequestParam String targetGroup,
      @RequestParam String content,
      @RequestParam String standard,
      @RequestParam String provider,
      @RequestParam String funding,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      Model model) {
    StaffUser user = access.require(ElderlyMenu.ADMIN);
    try {
      list.save(
          new ItemVersion(
              code.strip().toUpperCase(java.util.Locale.ROOT),
              category,
              name,
              targetGroup,
              content,
              standard,
              provider,
              funding),
          from,
          user.username());
      model.addAttribute("message", "已保存 " + code + "，自 " + from + " 起执行");
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
    }
    return edit(model);
  }

  static Map<ServiceCategory, List<ServiceItem>> byCategory(List<ServiceItem> items) {
    return items.stream()
        .collect(
            Collectors.groupingBy(ServiceItem::category, LinkedHashMap::new, Collectors.toList()));
  }
}
