package cn.minzheng;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.platform.Role;
import com.microsoft.playwright.Page;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Fresh staff accounts for tests, and signing them in through the real login page. */
public final class StaffSignIn {

  public static final String PASSWORD = "Journey-Passwort-2026";

  private StaffSignIn() {}

  /** Inserts an enabled account with one role; {@code passwordHash} as the encoder made it. */
  public static void createAccount(
      JdbcClient jdbc,
      String username,
      String displayName,
      String passwordHash,
      Role role,
      String regionCode) {
    jdbc.sql(
            "insert into platform.staff_account (username, display_name, password_hash,"
                + " region_code, roles, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?::text[], 'test', 'test')")
        .params(username, displayName, passwordHash, regionCode, "{" + role.name() + "}")
        .update();
  }

  /** Creates the account (display name {@code 刘𠮷}) and signs in; answers the username. */
  public static String signIn(
      Page page, JdbcClient jdbc, PasswordEncoder passwords, Role role, String regionCode) {
    String username = "journey_" + UUID.randomUUID().toString().substring(0, 8);
    createAccount(jdbc, username, "刘𠮷", passwords.encode(PASSWORD), role, regionCode);
    submitLogin(page, username);
    assertThat(page.getByTestId("topbar-user")).hasText("刘𠮷");
    return username;
  }

  /**
   * Creates an account of a role that must use TOTP (approver, administrator) and signs in,
   * enrolling the authenticator as at a first sign-in; answers the username.
   */
  public static String signInEnrollingTotp(
      Page page,
      JdbcClient jdbc,
      PasswordEncoder passwords,
      Role role,
      String regionCode,
      String displayName) {
    String username = "journey_" + UUID.randomUUID().toString().substring(0, 8);
    createAccount(jdbc, username, displayName, passwords.encode(PASSWORD), role, regionCode);
    submitLogin(page, username);
    String secret = page.getByTestId("totp-secret").textContent().trim();
    try {
      page.getByTestId("totp-code")
          .fill(new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30));
    } catch (CodeGenerationException e) {
      throw new IllegalStateException(e);
    }
    page.getByTestId("totp-enrol-submit").click();
    assertThat(page.getByTestId("topbar-user")).hasText(displayName);
    return username;
  }

  private static void submitLogin(Page page, String username) {
    page.navigate("/login");
    page.getByTestId("login-username").fill(username);
    page.getByTestId("login-password").fill(PASSWORD);
    page.getByTestId("login-submit").click();
  }
}
