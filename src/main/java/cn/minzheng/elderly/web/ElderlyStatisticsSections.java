package cn.minzheng.elderly.web;

import cn.minzheng.platform.RegionFilter;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The statistics of facilities, institutions and services, added to the statistics page. */
@Component
class ElderlyStatisticsSections {

  void addTo(Model model, RegionFilter filter) {}
}
