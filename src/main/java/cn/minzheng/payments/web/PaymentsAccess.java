package cn.minzheng.payments.web;

import cn.minzheng.payments.domain.PaymentRoles;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.StaffUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Rosters are district and city business: other roles get 403. */
@Component
class PaymentsAccess {

  private final CurrentUser currentUser;

  PaymentsAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  StaffUser requireRosterRole() {
    return currentUser
        .staff()
        .filter(PaymentRoles::mayHandleRosters)
        .orElseThrow(() -> new AccessDeniedException("roster roles only"));
  }
}
