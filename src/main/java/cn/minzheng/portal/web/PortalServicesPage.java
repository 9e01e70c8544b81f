package cn.minzheng.portal.web;

import cn.minzheng.portal.messages.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 办事: the citizen's first tab of the bottom navigation, every service of the portal on one page
 * with its unread messages, as the city's app starts.
 */
@Controller
class PortalServicesPage {

  private final Inbox inbox;

  PortalServicesPage(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/portal/services")
  String services(Model model) {
    model.addAttribute("unread", inbox.unread(CitizenSessions.current().personId()));
    return "portal/services";
  }
}
