package cn.minzheng.payments;

import java.util.Optional;

/**
 * The bank accounts benefits are paid into, one active per payee. A payee is a registry person (its
 * person id) or an organisation paid into its own account ({@link #organisation}: a negative id,
 * never a person's). A programme records the account given on the application; the number is stored
 * only encrypted and shown only masked.
 */
public interface PayeeAccounts {

  /**
   * Makes this the payee's active account (the previous one is kept, inactive); {@code personId} is
   * a person's id or an organisation payee's.
   */
  long register(long personId, String holderName, String bankName, String accountNumber);

  /** The active account's bank and masked number ({@code 6222***********0123}). */
  Optional<MaskedAccount> activeAccount(long personId);

  /**
   * The payee id of an organisation, to be used wherever a person id goes (the {@code person_id} of
   * an entitlement query, {@link #register}, {@link #activeAccount}), so that its roster line names
   * the organisation and its credit code. One per credit code (stored upper-case); the name follows
   * the latest call, as organisations are renamed.
   *
   * @throws IllegalArgumentException when the code is not 18 characters of the code's alphabet or
   *     the name is blank
   */
  long organisation(String creditCode, String name);

  /** The organisation behind a payee id, if it is one. */
  Optional<OrganisationPayee> organisationOf(long payeeId);

  record OrganisationPayee(long id, String creditCode, String name) {}

  record MaskedAccount(long id, String holderName, String bankName, String maskedNumber) {}
}
