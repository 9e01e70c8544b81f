package cn.minzheng.elderly.web;

import cn.minzheng.elderly.institution.InstitutionQueries;
import cn.minzheng.platform.RegionHierarchy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 已备案养老机构名录 (public): the filed institutions with the published fields. */
@Controller
class PublicInstitutionList {

  private final InstitutionQueries queries;
  private final RegionHierarchy regions;

  PublicInstitutionList(InstitutionQueries queries, RegionHierarchy regions) {
    this.queries = queries;
    this.regions = regions;
  }

  @GetMapping("/public/elderly/institutions")
  String list(Model model) {
    model.addAttribute("institutions", queries.published());
    model.addAttribute("regions", regions);
    return "elderly/public-institutions";
  }
}
