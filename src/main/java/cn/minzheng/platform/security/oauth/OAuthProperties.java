package cn.minzheng.platform.security.oauth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code minzheng.oauth.*}: token lifetimes, key rotation and the per-client rate limit.
 *
 * @param accessTokenTtl short-lived (issue 22): a stolen token is of use for minutes only
 * @param authorizationCodeTtl the app exchanges the code at once
 * @param keyPublishLead a new signing key is in the JWKS this long before it signs, so that a
 *     resource server that caches the key set has it before the first token it signs
 * @param keyRotation a signing key older than this is replaced (checked hourly)
 * @param callsPerMinute calls one client may make per minute to {@code /api/v1/**}
 * @param refreshTokenTtl the city app's refresh token: the citizen need not sign in again for this
 *     long, unless they revoke the app
 * @param expiredKeptFor an authorization whose code and tokens have expired is kept this long, for
 *     an investigation of a token that was just refused
 * @param abandonedAfter an authorization the citizen never consented to (no code, no token) is
 *     deleted at this age; the consent page is long closed by then
 */
@ConfigurationProperties("minzheng.oauth")
record OAuthProperties(
    @DefaultValue("5m") Duration accessTokenTtl,
    @DefaultValue("2m") Duration authorizationCodeTtl,
    @DefaultValue("10m") Duration keyPublishLead,
    @DefaultValue("30d") Duration keyRotation,
    @DefaultValue("600") int callsPerMinute,
    @DefaultValue("30d") Duration refreshTokenTtl,
    @DefaultValue("1h") Duration expiredKeptFor,
    @DefaultValue("1h") Duration abandonedAfter) {}
