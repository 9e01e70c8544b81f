package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.counter.CounterService;
import cn.minzheng.marriage.domain.weddings.CollectiveWeddings;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 集体婚礼: events of the clerk's offices, and the couples joined by booking code. */
@Controller
class CollectiveWeddingPages {

  private final CollectiveWeddings weddings;
  private final CounterService counter;
  private final CurrentUser currentUser;

  CollectiveWeddingPages(
      CollectiveWeddings weddings, CounterService counter, CurrentUser currentUser) {
    this.weddings = weddings;
    this.counter = counter;
    this.currentUser = currentUser;
  }

  @GetMapping("/marriage/weddings")
  String list(Model model) {
    requireClerk();
    model.addAttribute("weddings", weddings.upcoming(ChinaTime.today()));
    model.addAttribute("offices", counter.myOffices());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("婚姻登记"), Breadcrumb.here("集体婚礼")));
    return "marriage/weddings";
  }

  @PostMapping("/marriage/weddings")
  String create(
      @RequestParam long office,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam String title,
      @RequestParam int capacity,
      RedirectAttributes redirect) {
    requireClerk();
    try {
      return "redirect:/marriage/weddings/" + weddings.create(office, day, title, capacity);
    } catch (BookingRejectedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/marriage/weddings";
    }
  }

  @GetMapping("/marriage/weddings/{id}")
  String detail(@PathVariable long id, Model model) {
    requireClerk();
    model.addAttribute("wedding", weddings.find(id));
    model.addAttribute("couples", weddings.couples(id));
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.link("集体婚礼", "/marriage/weddings"), Breadcrumb.here("活动详情")));
    return "marriage/wedding";
  }

  @PostMapping("/marriage/weddings/{id}/couples")
  String join(@PathVariable long id, @RequestParam String code, RedirectAttributes redirect) {
    requireClerk();
    try {
      weddings.join(id, code);
      redirect.addFlashAttribute("message", "已加入集体婚礼");
    } catch (BookingRejectedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/marriage/weddings/" + id;
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
