package cn.minzheng.platform.account;

import cn.minzheng.platform.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** The forms of the staff account admin pages, with their Chinese field messages. */
final class StaffAccountForms {

  private StaffAccountForms() {}

  /** 新增用户 */
  static class CreateForm {
    @NotBlank(message = "请填写用户名")
    private String username;

    @NotBlank(message = "请填写姓名")
    @Size(max = 100, message = "姓名不能超过 100 个字符")
    private String displayName;

    @NotBlank(message = "请填写所属区划代码")
    private String regionCode;

    @NotEmpty(message = "请至少选择一个角色")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotBlank(message = "请填写初始密码")
    private String password;

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getDisplayName() {
      return displayName;
    }

    public void setDisplayName(String displayName) {
      this.displayName = displayName == null ? null : displayName.strip();
    }

    public String getRegionCode() {
      return regionCode;
    }

    public void setRegionCode(String regionCode) {
      this.regionCode = regionCode == null ? null : regionCode.trim();
    }

    public Set<Role> getRoles() {
      return roles;
    }

    public void setRoles(Set<Role> roles) {
      this.roles = roles;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }

  /** 修改角色与区划 */
  static class RolesForm {
    @NotBlank(message = "请填写所属区划代码")
    private String regionCode;

    @NotEmpty(message = "请至少选择一个角色")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public String getRegionCode() {
      return regionCode;
    }

    public void setRegionCode(String regionCode) {
      this.regionCode = regionCode == null ? null : regionCode.trim();
    }

    public Set<Role> getRoles() {
      return roles;
    }

    public void setRoles(Set<Role> roles) {
      this.roles = roles;
    }
  }

  /** 重置密码 */
  static class PasswordForm {
    @NotBlank(message = "请填写新密码")
    private String password;

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }
}
