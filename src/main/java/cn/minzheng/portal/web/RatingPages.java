package cn.minzheng.portal.web;

import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.portal.ratings.ServiceRatings;
import cn.minzheng.portal.ratings.ServiceRatings.Refused;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 好差评: the citizen's completed services, each rated once with 1–5 stars and a comment. */
@Controller
class RatingPages {

  private final ServiceRatings ratings;

  RatingPages(ServiceRatings ratings) {
    this.ratings = ratings;
  }

  @GetMapping("/portal/ratings")
  String list(Model model) {
    return page(model, 0, Map.of(), null);
  }

  @PostMapping("/portal/ratings/{id}")
  String rate(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String stars,
      @RequestParam(required = false) @Nullable String comment,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Citizen me = CitizenSessions.current();
    try {
      if (!ratings.rate(id, me.personId(), stars, comment)) {
        throw new RecordNotFoundException("服务");
      }
    } catch (Refused e) {
      response.setStatus(422);
      // also at the top: a second rating has no form left to show its error at
      model.addAttribute("error", e.getMessage());
      return page(model, id, Map.of(e.field(), e.getMessage()), comment);
    }
    redirect.addFlashAttribute("message", "感谢您的评价！");
    return "redirect:/portal/ratings";
  }

  private String page(
      Model model, long refusedId, Map<String, String> errors, @Nullable String comment) {
    model.addAttribute("ratings", ratings.of(CitizenSessions.current().personId()));
    model.addAttribute("refusedId", refusedId);
    model.addAttribute("errors", errors);
    model.addAttribute("typedComment", comment);
    return "portal/ratings";
  }
}
