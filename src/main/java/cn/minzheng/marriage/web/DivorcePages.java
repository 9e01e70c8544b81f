package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.counter.CounterService;
import cn.minzheng.marriage.domain.divorce.DivorceApplication;
import cn.minzheng.marriage.domain.divorce.DivorceService;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.shared.ChinaTime;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 协议离婚 at the counter: application, withdrawal during the cooling-off, registration. */
@Controller
class DivorcePages {

  private final DivorceService divorces;
  private final CounterService counter;
  private final CurrentUser currentUser;

  DivorcePages(DivorceService divorces, CounterService counter, CurrentUser currentUser) {
    this.divorces = divorces;
    this.counter = counter;
    this.currentUser = currentUser;
  }

  @GetMapping("/marriage/divorces/new")
  String form(Model model) {
    requireClerk();
    model.addAttribute("offices", counter.myOffices());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("婚姻登记"), Breadcrumb.here("离婚申请")));
    return "marriage/divorce-new";
  }

  @PostMapping("/marriage/divorces")
  String apply(
      @RequestParam long office,
      @RequestParam(required = false) String firstIdNumber,
      @RequestParam(required = false) String secondIdNumber,
      Model model) {
    requireClerk();
    try {
      long id = divorces.apply(office, firstIdNumber, secondIdNumber, ChinaTime.today());
      return "redirect:/marriage/divorces/" + id;
    } catch (BookingRejectedException e) {
      model.addAttribute("error", e.getMessage());
      return form(model);
    }
  }

  @GetMapping("/marriage/divorces/{id}")
  String detail(@PathVariable long id, Model model) {
    requireClerk();
    DivorceApplication a = divorces.find(id);
    model.addAttribute("divorce", a);
    model.addAttribute("state", a.stateOn(ChinaTime.today()));
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.link("离婚申请", "/marriage/divorces/new"), Breadcrumb.here("申请详情")));
    return "marriage/divorce-detail";
  }

  @PostMapping("/marriage/divorces/{id}/withdraw")
  String withdraw(@PathVariable long id, RedirectAttributes redirect) {
    requireClerk();
    try {
      divorces.withdraw(id, ChinaTime.today());
      redirect.addFlashAttribute("message", "已撤回离婚申请");
    } catch (BookingRejectedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/marriage/divorces/" + id;
  }

  @PostMapping("/marriage/divorces/{id}/register")
  String register(@PathVariable long id, RedirectAttributes redirect) {
    requireClerk();
    try {
      String no = divorces.register(id, ChinaTime.today()).certificateNo();
      redirect.addFlashAttribute("message", "离婚登记完成，离婚证字号：" + no);
    } catch (BookingRejectedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/marriage/divorces/" + id;
  }

  private void requireClerk() {
    if (currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(MarriageMenu.CLERK_ROLES::contains))
        .isEmpty()) {
      throw new AccessDeniedException("marriage clerks only");
    }
  }
}
