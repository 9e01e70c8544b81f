package cn.minzheng.platform.account;

import cn.minzheng.platform.Role;
import java.util.Set;

/** What creating a staff account takes (the initial password travels separately). */
public record NewStaffAccount(
    String username, String displayName, String regionCode, Set<Role> roles, boolean demo) {}
