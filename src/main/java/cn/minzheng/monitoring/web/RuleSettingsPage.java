package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.warnings.RuleSettings;
import cn.minzheng.monitoring.warnings.WarningRejectedException;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.MenuItem;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 监测规则配置: warning rules, visit frequencies, asset rules (administrators, audited). */
@Controller
class RuleSettingsPage {

  static final String PATH = "/monitoring/admin/rules";

  private final RuleSettings settings;
  private final MonitoringAccess access;

  RuleSettingsPage(RuleSettings settings, MonitoringAccess access) {
    this.settings = settings;
    this.access = access;
  }

  @Bean
  static MenuItem monitoringRulesMenu() {
    return new MenuItem(
        MonitoringMenu.GROUP,
        MonitoringMenu.GROUP_ORDER,
        "监测规则配置",
        PATH,
        7,
        MonitoringAccess.FEED_ADMINS);
  }

  @GetMapping(PATH)
  String page(Model model) {
    access.requireFeedAdmin();
    model.addAttribute("warningRules", settings.warningRules());
    model.addAttribute("visitTiers", settings.visitTiers());
    model.addAttribute("assetRules", settings.assetRules());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("动态监测"), Breadcrumb.here("监测规则配置")));
    return "monitoring/rules";
  }

  @PostMapping(PATH + "/warning/{code}")
  String warningRule(
      @PathVariable String code,
      @RequestParam String level,
      @RequestParam(required = false) BigDecimal threshold,
      @RequestParam int deadlineDays,
      @RequestParam String assigneeLevel,
      @RequestParam(defaultValue = "false") boolean active,
      RedirectAttributes flash) {
    var user = access.requireFeedAdmin();
    return save(
        flash,
        () ->
            settings.updateWarningRule(
                code, level, threshold, deadlineDays, assigneeLevel, active, user.username()));
  }

  @PostMapping(PATH + "/visit/{category}")
  String visitTier(
      @PathVariable String category,
      @RequestParam int frequencyDays,
      @RequestParam(defaultValue = "false") boolean active,
      RedirectAttributes flash) {
    var user = access.requireFeedAdmin();
    return save(
        flash, () -> settings.updateVisitTier(category, frequencyDays, active, user.username()));
  }

  @PostMapping(PATH + "/asset/{code}")
  String assetRule(
      @PathVariable String code,
      @RequestParam BigDecimal limit,
      @RequestParam(defaultValue = "false") boolean active,
      RedirectAttributes flash) {
    var user = access.requireFeedAdmin();
    return save(flash, () -> settings.updateAssetRule(code, limit, active, user.username()));
  }

  private String save(RedirectAttributes flash, Runnable work) {
    try {
      work.run();
      flash.addFlashAttribute("message", "已保存");
    } catch (WarningRejectedException e) {
      flash.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:" + PATH;
  }
}
