package cn.minzheng.placenames.web;

import cn.minzheng.placenames.naming.NamingApplications;
import cn.minzheng.placenames.naming.NamingApplications.Application;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 地名公告 (地名管理条例 art. 16): the public, printable notice of an approved name — standard name, pinyin,
 * category, administrative area, position, approving authority and date. Anyone may read it; an
 * application not approved answers 404.
 */
@Controller
class PublicNamingNotice {

  private final NamingApplications applications;
  private final RegionQuery regions;

  PublicNamingNotice(NamingApplications applications, RegionQuery regions) {
    this.applications = applications;
    this.regions = regions;
  }

  @GetMapping("/public/placenames/notices/{id}")
  String notice(@PathVariable long id, Model model) {
    Application a =
        applications
            .findApproved(id)
            .orElseThrow(() -> new RecordNotFoundException("naming notice"));
    List<RegionNode> path = regions.path(a.regionCode());
    String county =
        path.stream()
            .filter(n -> n.level() == RegionLevel.COUNTY)
            .map(RegionNode::name)
            .findFirst()
            .orElse("成都市");
    model.addAttribute("a", a);
    model.addAttribute("area", String.join("", path.stream().map(RegionNode::name).toList()));
    model.addAttribute("authority", "成都市" + county + "民政局");
    return "placenames/notice";
  }
}
