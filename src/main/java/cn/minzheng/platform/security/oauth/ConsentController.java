package cn.minzheng.platform.security.oauth;

import cn.minzheng.platform.AppScope;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 授权确认: the citizen sees which app asks, for which services, in words, and allows some or none. The
 * answer goes to the authorization endpoint, which records the consent and sends the citizen back
 * to the app.
 */
@Controller
class ConsentController {

  private final RegisteredClientRepository clients;
  private final OAuth2AuthorizationConsentService consents;
  private final OAuthClients platformClients;

  ConsentController(
      RegisteredClientRepository clients,
      OAuth2AuthorizationConsentService consents,
      OAuthClients platformClients) {
    this.clients = clients;
    this.consents = consents;
    this.platformClients = platformClients;
  }

  /** One service the app asks for, and whether the citizen allowed it before. */
  record Requested(AppScope scope, boolean allowedBefore) {}

  @GetMapping(AuthorizationServerConfig.CONSENT_PAGE)
  String consent(
      Principal citizen,
      @RequestParam(name = "client_id") String clientId,
      @RequestParam(defaultValue = "") String scope,
      @RequestParam(defaultValue = "") String state,
      Model model) {
    RegisteredClient client = clients.findByClientId(clientId);
    if (client == null) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "应用不存在或已停用");
    }
    OAuth2AuthorizationConsent before = consents.findById(client.getId(), citizen.getName());
    Set<String> allowedBefore = before == null ? Set.of() : before.getScopes();
    List<Requested> requested =
        Arrays.stream(scope.split(" "))
            .map(AppScope::of)
            .flatMap(Optional::stream)
            .distinct()
            .map(s -> new Requested(s, allowedBefore.contains(s.value())))
            .toList();
    model.addAttribute("clientId", clientId);
    model.addAttribute("clientName", client.getClientName());
    model.addAttribute(
        "department",
        platformClients.find(clientId).map(OAuthClients.ClientView::department).orElse(""));
    model.addAttribute("requested", requested);
    model.addAttribute("state", state);
    return "oauth/consent";
  }
}
