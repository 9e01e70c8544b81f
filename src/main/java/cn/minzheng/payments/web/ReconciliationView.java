package cn.minzheng.payments.web;

import cn.minzheng.payments.domain.Reconciliation;
import cn.minzheng.payments.domain.RosterState;
import cn.minzheng.payments.domain.RosterSummary;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The 对账 part of the roster page, once the roster went to the bank. */
@Component
class ReconciliationView {

  private final Reconciliation reconciliation;

  ReconciliationView(Reconciliation reconciliation) {
    this.reconciliation = reconciliation;
  }

  void addTo(Model model, RosterSummary roster) {
    boolean atBank = roster.state() == RosterState.SENT || roster.state() == RosterState.RECONCILED;
    model.addAttribute("atBank", atBank);
    if (atBank) {
      model.addAttribute("totals", reconciliation.totals(roster.id()));
      model.addAttribute("failedLines", reconciliation.failed(roster.id()));
    }
  }
}
