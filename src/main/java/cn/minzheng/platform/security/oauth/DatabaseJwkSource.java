package cn.minzheng.platform.security.oauth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;

/**
 * The published keys from the database, for the JWKS endpoint, the token signer (which asks for the
 * signing key by its id) and the API's own token check.
 */
final class DatabaseJwkSource implements JWKSource<SecurityContext> {

  private final SigningKeys keys;

  DatabaseJwkSource(SigningKeys keys) {
    this.keys = keys;
  }

  @Override
  public List<JWK> get(JWKSelector selector, SecurityContext context) {
    return selector.select(keys.published());
  }
}
