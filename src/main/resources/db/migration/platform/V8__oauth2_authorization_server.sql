-- The platform's OAuth2 authorization server (issue 22, security.md "OAuth2 clients").
--
-- The three tables of Spring Authorization Server's JDBC services, as the library ships them
-- (oauth2-registered-client-schema.sql, oauth2-authorization-schema.sql,
-- oauth2-authorization-consent-schema.sql) with the changes its own notes ask for on PostgreSQL:
-- blob -> text, timestamp -> timestamptz. They stay unqualified (the public schema) because the
-- library's statements name them without a schema.
create table oauth2_registered_client
(
  id                            varchar(100)                            not null primary key,
  client_id                     varchar(100)                            not null unique,
  client_id_issued_at           timestamptz   default current_timestamp not null,
  client_secret                 varchar(200)  default null,
  client_secret_expires_at      timestamptz   default null,
  client_name                   varchar(200)                            not null,
  client_authentication_methods varchar(1000)                           not null,
  authorization_grant_types     varchar(1000)                           not null,
  redirect_uris                 varchar(1000) default null,
  post_logout_redirect_uris     varchar(1000) default null,
  scopes                        varchar(1000)                           not null,
  client_settings               varchar(2000)                           not null,
  token_settings                varchar(2000)                           not null
);

create table oauth2_authorization
(
  id                            varchar(100) not null primary key,
  registered_client_id          varchar(100) not null,
  principal_name                varchar(200) not null,
  authorization_grant_type      varchar(100) not null,
  authorized_scopes             varchar(1000) default null,
  attributes                    text          default null,
  state                         varchar(500)  default null,
  authorization_code_value      text          default null,
  authorization_code_issued_at  timestamptz   default null,
  authorization_code_expires_at timestamptz   default null,
  authorization_code_metadata   text          default null,
  access_token_value            text          default null,
  access_token_issued_at        timestamptz   default null,
  access_token_expires_at       timestamptz   default null,
  access_token_metadata         text          default null,
  access_token_type             varchar(100)  default null,
  access_token_scopes           varchar(1000) default null,
  oidc_id_token_value           text          default null,
  oidc_id_token_issued_at       timestamptz   default null,
  oidc_id_token_expires_at      timestamptz   default null,
  oidc_id_token_metadata        text          default null,
  refresh_token_value           text          default null,
  refresh_token_issued_at       timestamptz   default null,
  refresh_token_expires_at      timestamptz   default null,
  refresh_token_metadata        text          default null,
  user_code_value               text          default null,
  user_code_issued_at           timestamptz   default null,
  user_code_expires_at          timestamptz   default null,
  user_code_metadata            text          default null,
  device_code_value             text          default null,
  device_code_issued_at         timestamptz   default null,
  device_code_expires_at        timestamptz   default null,
  device_code_metadata          text          default null
);
-- Every API call with a JWT looks its authorization up by the token (revocation takes effect at
-- once); the code and refresh token are looked up at the token endpoint. Hash indexes: equality
-- only, and a JWT is longer than a B-tree entry comfortably holds.
create index oauth2_authorization_access_token_idx on oauth2_authorization using hash (access_token_value);
create index oauth2_authorization_code_idx on oauth2_authorization using hash (authorization_code_value);
create index oauth2_authorization_refresh_token_idx on oauth2_authorization using hash (refresh_token_value);
create index oauth2_authorization_state_idx on oauth2_authorization using hash (state);
-- The citizen's list of apps in 我的信息 and the expiry clean-up.
create index oauth2_authorization_principal_idx on oauth2_authorization (principal_name, registered_client_id);
create index oauth2_authorization_expiry_idx on oauth2_authorization (access_token_expires_at);

create table oauth2_authorization_consent
(
  registered_client_id varchar(100)  not null,
  principal_name       varchar(200)  not null,
  authorities          varchar(1000) not null,
  primary key (registered_client_id, principal_name)
);

-- What the platform adds to a registered client: whose system it is, whether it may be used.
-- kind DEPARTMENT: another department's system (client credentials); APP: the city's app acting
-- for a citizen (authorization code with PKCE).
create table platform.oauth_client
(
  client_id         varchar(100) primary key,
  -- The number the API's service-account identity carries (ServiceAccountAuthentication.id).
  id                bigint       generated always as identity unique,
  kind              varchar(20)  not null check (kind in ('DEPARTMENT', 'APP')),
  department        varchar(100) not null,
  enabled           boolean      not null default true,
  created_at        timestamptz  not null default now(),
  created_by        varchar(32)  not null,
  secret_changed_at timestamptz  not null default now(),
  disabled_at       timestamptz,
  disabled_by       varchar(32)
);

-- Token signing keys (RSA, as a JWK), SM4-GCM encrypted by FieldCipher like every other secret
-- at rest. A new key is published in the JWKS from created_at and signs from signs_from (later),
-- so that every resource server has it before the first token it signs; a key superseded by a
-- newer signing key stays published until its last tokens have expired (security.md).
create table platform.oauth_signing_key
(
  kid        varchar(64)  primary key,
  jwk        bytea        not null,
  created_at timestamptz  not null,
  signs_from timestamptz  not null check (signs_from >= created_at)
);
create index oauth_signing_key_signs_from_idx on platform.oauth_signing_key (signs_from);
