package cn.minzheng.platform.security.oauth;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 开放接口客户端 (system administrators): register a department's system or the city's app, disable a
 * client, give a department's client a new secret, rotate the signing key. A secret appears in the
 * response to the POST that made it only (no redirect, never in the session).
 */
@Controller
@RequestMapping("/admin/oauth-clients")
class OAuthClientAdminController {

  private static final String PAGE = "admin/oauth-clients";

  private final OAuthClients clients;
  private final SigningKeys keys;
  private final CurrentUser currentUser;

  OAuthClientAdminController(OAuthClients clients, SigningKeys keys, CurrentUser currentUser) {
    this.clients = clients;
    this.keys = keys;
    this.currentUser = currentUser;
  }

  @Bean
  static MenuItem oauthClientsMenu() {
    return new MenuItem(
        "安全管理", 900, "开放接口客户端", "/admin/oauth-clients", 30, Set.of(Role.SYSTEM_ADMIN));
  }

  @GetMapping
  String list(Model model) {
    return page(model);
  }

  @PostMapping
  String register(
      @RequestParam(defaultValue = "DEPARTMENT") String kind,
      @RequestParam(defaultValue = "") String clientId,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String department,
      @RequestParam(defaultValue = "") String scopes,
      @RequestParam(defaultValue = "") String redirectUri,
      Model model) {
    String by = currentUser.require().username();
    try {
      if ("APP".equals(kind)) {
        clients.registerApp(
            clientId.strip(), name.strip(), department.strip(), redirectUri.strip(), by);
        model.addAttribute("message", "城市应用 " + clientId.strip() + " 已登记（公开客户端，须使用 PKCE，无密钥）。");
      } else {
        OAuthClients.Issued issued =
            clients.registerDepartment(
                clientId.strip(), name.strip(), department.strip(), scopeSet(scopes), by);
        model.addAttribute("issuedClient", issued.clientId());
        model.addAttribute("issuedSecret", issued.secret());
      }
    } catch (InvalidInput e) {
      model.addAttribute("error", e.fieldMessages().get(0).message());
      model.addAttribute("form", new Form(kind, clientId, name, department, scopes, redirectUri));
    }
    return page(model);
  }

  @PostMapping("/{clientId}/secret")
  String rotateSecret(@PathVariable String clientId, Model model) {
    try {
      model.addAttribute("issuedClient", clientId);
      model.addAttribute(
          "issuedSecret", clients.rotateSecret(clientId, currentUser.require().username()));
    } catch (InvalidInput e) {
      model.addAttribute("error", e.fieldMessages().get(0).message());
    }
    return page(model);
  }

  @PostMapping("/{clientId}/disable")
  String disable(@PathVariable String clientId, RedirectAttributes redirect) {
    clients.disable(clientId, currentUser.require().username());
    redirect.addFlashAttribute("message", "客户端 " + clientId + " 已停用：不再签发令牌，已签发的令牌自下一次调用起失效。");
    return "redirect:/admin/oauth-clients";
  }

  @PostMapping("/signing-key")
  String rotateKey(RedirectAttributes redirect) {
    SigningKeys.StoredKey key = keys.rotate();
    redirect.addFlashAttribute(
        "message", "新签名密钥已发布，将于 " + key.signsFrom() + "（UTC）起签发令牌；旧密钥在其令牌过期前继续有效。");
    return "redirect:/admin/oauth-clients";
  }

  record Form(
      String kind,
      String clientId,
      String name,
      String department,
      String scopes,
      String redirectUri) {}

  private static Set<String> scopeSet(String scopes) {
    return Arrays.stream(scopes.split("[\\s,，]+"))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  private String page(Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new Form("DEPARTMENT", "", "", "", "", ""));
    }
    model.addAttribute("clients", clients.list());
    model.addAttribute("kinds", OAuthClients.Kind.values());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("开放接口客户端")));
    return PAGE;
  }
}
