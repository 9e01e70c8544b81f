package cn.minzheng.elderly.web;

import cn.minzheng.elderly.facility.FacilityStatistics;
import cn.minzheng.elderly.homeservice.HomeServiceQueries;
import cn.minzheng.elderly.institution.InstitutionQueries;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.ChinaTime;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The statistics of facilities, institutions and home services, added to the statistics page. */
@Component
class ElderlyStatisticsSections {

  private final FacilityStatistics facilities;
  private final InstitutionQueries institutions;
  private final HomeServiceQueries homeServices;

  ElderlyStatisticsSections(
      FacilityStatistics facilities,
      InstitutionQueries institutions,
      HomeServiceQueries homeServices) {
    this.facilities = facilities;
    this.institutions = institutions;
    this.homeServices = homeServices;
  }

  void addTo(Model model, RegionFilter filter) {
    var today = ChinaTime.today();
    model.addAttribute("facilitiesByCommunity", facilities.perCommunity(filter, 300));
    model.addAttribute("serviceHours", homeServices.hoursByMonth(filter, today.minusMonths(12)));
    // beds per 1,000 are district figures: shown for districts inside the caller's scope
    model.addAttribute(
        "beds",
        institutions.bedsPerThousand(today).stream()
            .filter(b -> filter.unrestricted() || filter.permits(b.districtCode()))
            .toList());
  }
}
