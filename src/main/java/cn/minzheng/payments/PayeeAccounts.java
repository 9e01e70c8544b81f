package cn.minzheng.payments;

import java.util.Optional;

/**
 * The bank accounts benefits are paid into, one active per person. A programme records the account
 * given on the application; the number is stored only encrypted and shown only masked.
 */
public interface PayeeAccounts {

  /** Makes this the person's active account (the previous one is kept, inactive). */
  long register(long personId, String holderName, String bankName, String accountNumber);

  /** The active account's bank and masked number ({@code 6222***********0123}). */
  Optional<MaskedAccount> activeAccount(long personId);

  record MaskedAccount(long id, String holderName, String bankName, String maskedNumber) {}
}
