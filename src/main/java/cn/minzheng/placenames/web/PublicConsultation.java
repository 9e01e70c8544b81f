package cn.minzheng.placenames.web;

import cn.minzheng.placenames.naming.NamingApplications;
import cn.minzheng.placenames.naming.NamingApplications.Application;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 公众意见征询 (public, no sign-in): the proposed name of a significant category and its comment form,
 * open up to and including the closing day by the working calendar. Comments are limited per client
 * address ({@link CommentRateLimiter}). Applications without a consultation, or decided, answer
 * 404.
 */
@Controller
class PublicConsultation {

  static final String PATH = "/public/placenames/consultations";

  private final NamingApplications applications;
  private final RegionQuery regions;
  private final CommentRateLimiter limiter;

  PublicConsultation(
      NamingApplications applications, RegionQuery regions, CommentRateLimiter limiter) {
    this.applications = applications;
    this.regions = regions;
    this.limiter = limiter;
  }

  @GetMapping(PATH + "/{id}")
  String page(@PathVariable long id, Model model) {
    Application a =
        applications
            .findUnderConsultation(id)
            .orElseThrow(() -> new RecordNotFoundException("consultation"));
    model.addAttribute("a", a);
    model.addAttribute(
        "area",
        String.join("", regions.path(a.regionCode()).stream().map(RegionNode::name).toList()));
    model.addAttribute("open", a.openForComments(ChinaTime.today()));
    return "placenames/consultation";
  }

  @PostMapping(PATH + "/{id}/comments")
  String comment(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String content,
      @RequestParam(required = false) @Nullable String contact,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    if (!limiter.tryAcquire(request.getRemoteAddr())) {
      throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "提交过于频繁，请稍后再试。");
    }
    try {
      applications.comment(id, content, contact, ChinaTime.today());
      redirect.addFlashAttribute("message", "您的意见已提交，感谢参与。");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH + "/" + id;
  }
}
