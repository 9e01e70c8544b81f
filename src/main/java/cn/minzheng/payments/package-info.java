/**
 * 资金发放: the one money path of every benefit. Programmes never pay: they submit a month's
 * entitlements (who, programme, month, amount, basis) through {@link
 * cn.minzheng.payments.Entitlements}; this module turns them into rosters (发放名册) per programme,
 * month and district, has them approved by a second person, exports the bank disbursement file,
 * imports the bank's return file and re-issues failed payments in a later roster.
 *
 * <p>Data scope: a roster belongs to its district (county-level node); a line to the residence
 * region of its person at computation. Payee account numbers are stored only encrypted (SM4-GCM);
 * the full number appears only in the audited bank file export.
 */
@NullMarked
@ApplicationModule(
    displayName = "资金发放",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: locks",
      "platform :: audit",
      "platform :: problems",
      "platform :: crypto",
      "platform :: bulk",
      "platform :: shell",
      "region",
      "registry",
      "cockpit"
    })
package cn.minzheng.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
