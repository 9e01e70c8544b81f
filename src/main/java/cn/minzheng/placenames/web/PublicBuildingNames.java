package cn.minzheng.placenames.web;

import cn.minzheng.placenames.building.BuildingFilings;
import cn.minzheng.platform.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public list of filed residential-area and building names (the whole city, newest first,
 * searched by characters or toneless pinyin): what the bureau agreed to is public; pending and
 * refused filings are not.
 */
@Controller
class PublicBuildingNames {

  private final BuildingFilings filings;

  PublicBuildingNames(BuildingFilings filings) {
    this.filings = filings;
  }

  @GetMapping("/public/placenames/building-names")
  String list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Integer page,
      Model model) {
    model.addAttribute(
        "result",
        filings.publicPage(q, PageQuery.of(page, 20, "id", "desc", BuildingFilings.SORTS, "id")));
    model.addAttribute("q", q == null ? "" : q);
    return "placenames/building-names";
  }
}
