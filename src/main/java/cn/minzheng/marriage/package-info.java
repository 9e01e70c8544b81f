/**
 * 婚姻登记: registry offices, time slots that never overbook, appointments of citizens, marriage and
 * divorce registration at the counter. The registry's marital status changes only through {@link
 * cn.minzheng.registry.PersonCommands}.
 */
@ApplicationModule(
    allowedDependencies = {"shared", "platform", "region", "registry", "portal", "cockpit"})
package cn.minzheng.marriage;

import org.springframework.modulith.ApplicationModule;
