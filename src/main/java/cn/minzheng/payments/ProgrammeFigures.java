package cn.minzheng.payments;

import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureSpec;

/**
 * The cockpit's figures of a programme paid through this module, built from the totals maintained
 * per programme, month and region with every month replaced ({@code month_region_total}), so that a
 * half year of the whole city reads thousands of rows, not millions of entitlements. The records
 * behind a figure are the people with entitlements, read for one page of a region subtree. The
 * programme's module declares the figures (it owns the brief's row); this module counts them.
 */
public interface ProgrammeFigures {

  /** 在保人数: the people with an entitlement in the period's last month. */
  Figure peopleInLastMonth(Programme programme, FigureSpec spec);

  /** 人次: entitlements of all the period's months (one per person and month). */
  Figure personTimes(Programme programme, FigureSpec spec);

  /** 金额: the money of all the period's months. */
  Figure money(Programme programme, FigureSpec spec);
}
