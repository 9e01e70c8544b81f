package cn.minzheng.platform;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * An entry of the left menu. Each module declares its own as beans; the shell shows those whose
 * roles the user holds (an empty set: every staff member).
 */
@NamedInterface("shell")
public record MenuItem(
    String group, int groupOrder, String label, String path, int order, Set<Role> roles) {}
