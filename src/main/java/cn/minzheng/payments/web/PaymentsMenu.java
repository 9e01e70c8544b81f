package cn.minzheng.payments.web;

import cn.minzheng.payments.domain.PaymentRoles;
import cn.minzheng.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The payments entries of the left menu (group 资金发放). */
@Configuration(proxyBeanMethods = false)
class PaymentsMenu {

  static final String GROUP = "资金发放";
  static final int GROUP_ORDER = 40;

  @Bean
  MenuItem paymentsRostersMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "发放名册", RosterPages.LIST, 1, PaymentRoles.ROSTER_ROLES);
  }

  @Bean
  MenuItem paymentsHeldMenu() {
    return new MenuItem(GROUP, GROUP_ORDER, "暂缓发放", HeldPages.LIST, 2, PaymentRoles.ROSTER_ROLES);
  }
}
