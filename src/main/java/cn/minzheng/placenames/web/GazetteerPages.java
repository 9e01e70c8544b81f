package cn.minzheng.placenames.web;

import cn.minzheng.placenames.naming.Gazetteer;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 地名库 pages: search by characters, pinyin or initials; a name with its earlier names. */
@Controller
@RequestMapping("/placenames/gazetteer")
class GazetteerPages {

  private final Gazetteer gazetteer;
  private final DataScope scope;
  private final PlacenamesRoles roles;

  GazetteerPages(Gazetteer gazetteer, DataScope scope, PlacenamesRoles roles) {
    this.gazetteer = gazetteer;
    this.scope = scope;
    this.roles = roles;
  }

  @GetMapping
  String search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      Model model) {
    roles.requireStaff();
    model.addAttribute("q", q);
    // one order: by standard name
    PageQuery query = PageQuery.of(page, size, null, null, Set.of("name"), "name");
    model.addAttribute("page", gazetteer.page(q, scope.current(), query));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("地名库")));
    return "placenames/gazetteer";
  }

  @GetMapping("/{id}")
  String place(@PathVariable long id, Model model) {
    roles.requireStaff();
    Gazetteer.Entry entry =
        gazetteer.find(id).orElseThrow(() -> new RecordNotFoundException("place"));
    scope.requireInScope(entry.regionCode());
    model.addAttribute("entry", entry);
    model.addAttribute("earlier", gazetteer.history(id));
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.link("地名库", "/placenames/gazetteer"), Breadcrumb.here(entry.name())));
    return "placenames/place";
  }
}
