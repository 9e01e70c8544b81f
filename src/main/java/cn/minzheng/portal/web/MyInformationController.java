package cn.minzheng.portal.web;

import cn.minzheng.platform.OAuthGrants;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.portal.account.PrivacyConsents;
import cn.minzheng.portal.messages.Inbox;
import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的信息: the signed-in citizen's own registry record and household, ID numbers masked. Only the
 * person linked to the account is ever read: there is no id in the URL to change.
 */
@Controller
class MyInformationController {

  private final PersonDirectory persons;
  private final RegionHierarchy regions;
  private final Inbox inbox;
  private final OAuthGrants apps;
  private final PrivacyConsents consents;

  MyInformationController(
      PersonDirectory persons,
      RegionHierarchy regions,
      Inbox inbox,
      OAuthGrants apps,
      PrivacyConsents consents) {
    this.consents = consents;
    this.persons = persons;
    this.regions = regions;
    this.inbox = inbox;
    this.apps = apps;
  }

  record MyRecord(
      String name,
      String maskedIdNumber,
      String sex,
      LocalDate birthDate,
      String regionName,
      String maritalStatus) {}

  record Member(String name, String relationship, String maskedIdNumber, boolean self) {}

  @GetMapping("/portal/me")
  String me(Model model) {
    Citizen citizen = CitizenSessions.current();
    PersonSummary person =
        persons
            .find(citizen.personId())
            .orElseThrow(() -> new IllegalStateException("linked person missing"));
    model.addAttribute(
        "me",
        new MyRecord(
            person.name(),
            person.maskedIdNumber(),
            person.sex().label(),
            person.birthDate(),
            regionPath(person.residenceRegionCode()),
            person.maritalStatus() == null ? "" : person.maritalStatus().label()));
    model.addAttribute("unread", inbox.unread(citizen.personId()));
    model.addAttribute(
        "household",
        persons.householdOf(person.id()).map(h -> members(h, person.id())).orElse(List.of()));
    model.addAttribute("apps", apps.appsAllowedBy(CitizenSessions.principalName(citizen)));
    model.addAttribute("consent", consents.latest(citizen.accountId()).orElse(null));
    model.addAttribute("noticeVersion", PrivacyConsents.NOTICE_VERSION);
    return "portal/me";
  }

  /** 已授权的应用: the consent goes, and the app's tokens for this citizen stop at once. */
  @PostMapping("/portal/me/apps/{clientId}/revoke")
  String revokeApp(@PathVariable String clientId, RedirectAttributes redirect) {
    apps.revoke(CitizenSessions.principalName(CitizenSessions.current()), clientId);
    redirect.addFlashAttribute("appRevoked", true);
    return "redirect:/portal/me";
  }

  private List<Member> members(HouseholdSummary household, long selfId) {
    return household.members().stream()
        .map(
            m ->
                new Member(
                    m.name(),
                    m.relationship().label(),
                    persons.find(m.personId()).map(PersonSummary::maskedIdNumber).orElse(""),
                    m.personId() == selfId))
        .toList();
  }

  /** 锦江区 · 某街道 · 某社区, from the 12-digit code's county, street and community parts. */
  private String regionPath(String code) {
    if (code == null || code.length() != 12) {
      return "";
    }
    String county = code.substring(0, 6) + "000000";
    String street = code.substring(0, 9) + "000";
    return String.join(" ", regions.nameOf(county), regions.nameOf(street), regions.nameOf(code));
  }
}
