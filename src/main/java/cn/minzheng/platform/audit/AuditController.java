package cn.minzheng.platform.audit;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.AuditLog.Outcome;
import cn.minzheng.platform.Breadcrumb;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The auditor's pages: search the log and verify the chain. Access is checked by {@link
 * AuditorAccess} for every path below {@code /audit}. Reading the log is itself audited.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

  private final AuditSearch search;
  private final AuditChainVerifier verifier;
  private final AuditLog audit;

  AuditController(AuditSearch search, AuditChainVerifier verifier, AuditLog audit) {
    this.search = search;
    this.verifier = verifier;
    this.audit = audit;
  }

  @GetMapping
  String search(@ModelAttribute("q") AuditQuery query, Model model) {
    AuditSearch.AuditPage page = search.find(query);
    audit.record(AuditEvent.success("audit.search", "audit_log", null, query.describe()));
    model.addAttribute("q", query);
    model.addAttribute("entries", page.rows().stream().map(AuditEntryView::of).toList());
    model.addAttribute("hasNext", page.hasNext());
    model.addAttribute("hasPrevious", page.hasPrevious());
    model.addAttribute("nextQuery", query.withPage(query.page() + 1));
    model.addAttribute("previousQuery", query.withPage(Math.max(0, query.page() - 1)));
    model.addAttribute("pageSizes", AuditQuery.PAGE_SIZES);
    model.addAttribute("sortKeys", AuditQuery.SORT_KEYS);
    model.addAttribute("outcomes", Outcome.values());
    model.addAttribute("breadcrumbs", List.of(new Breadcrumb("审计日志", "/audit")));
    return "audit/search";
  }

  @GetMapping("/verify")
  String verifyPage(Model model) {
    model.addAttribute("breadcrumbs", verifyCrumbs());
    return "audit/verify";
  }

  @PostMapping("/verify")
  String verify(Model model) {
    ChainVerification result = verifier.verify();
    audit.record(
        new AuditEvent(
            "audit.verify",
            "audit_log",
            null,
            result.intact() ? Outcome.SUCCESS : Outcome.FAILURE,
            result.summary()));
    model.addAttribute("result", result);
    model.addAttribute("breadcrumbs", verifyCrumbs());
    return "audit/verify";
  }

  private static List<Breadcrumb> verifyCrumbs() {
    return List.of(new Breadcrumb("审计日志", "/audit"), new Breadcrumb("审计链校验", null));
  }
}
