package cn.minzheng;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.platform.Role;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A fresh staff account for a browser journey, signed in through the real login page. */
public final class StaffSignIn {

  public static final String PASSWORD = "Journey-Passwort-2026";

  private StaffSignIn() {}

  /** Creates the account (display name {@code 刘𠮷}) and signs in; answers the username. */
  public static String signIn(
      Page page, JdbcClient jdbc, PasswordEncoder passwords, Role role, String regionCode) {
    String username = "journey_" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            "insert into platform.staff_account (username, display_name, password_hash,"
                + " region_code, roles, created_by, updated_by)"
                + " values (?, '刘𠮷', ?, ?, ?::text[], 'test', 'test')")
        .params(username, passwords.encode(PASSWORD), regionCode, "{" + role.name() + "}")
        .update();
    page.navigate("/login");
    page.getByTestId("login-username").fill(username);
    page.getByTestId("login-password").fill(PASSWORD);
    page.getByRole(AriaRole.BUTTON).getByText("登录").click();
    assertThat(page.getByTestId("topbar-user")).hasText("刘𠮷");
    return username;
  }
}
