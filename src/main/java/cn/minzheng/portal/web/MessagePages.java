package cn.minzheng.portal.web;

import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.portal.messages.Inbox;
import cn.minzheng.portal.messages.InboxMessage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 我的消息: the signed-in citizen's inbox; opening a message marks it read. */
@Controller
class MessagePages {

  private final Inbox inbox;

  MessagePages(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/portal/messages")
  String list(Model model) {
    Citizen citizen = CitizenSessions.current();
    model.addAttribute("messages", inbox.newest(citizen.personId()));
    model.addAttribute("unread", inbox.unread(citizen.personId()));
    model.addAttribute("shown", Inbox.SHOWN);
    return "portal/messages";
  }

  @GetMapping("/portal/messages/{id}")
  String open(@PathVariable long id, Model model) {
    InboxMessage message = inbox.open(CitizenSessions.current().personId(), id);
    model.addAttribute("message", message);
    return "portal/message";
  }
}
