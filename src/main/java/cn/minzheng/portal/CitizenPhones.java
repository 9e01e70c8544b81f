package cn.minzheng.portal;

import java.util.Optional;

/**
 * The phone of a citizen's account, for modules that send a one-time code to the citizen's own
 * phone (e.g. 生存认证). Callers pass it straight to {@link OneTimeCodeSender} and never log or show
 * it.
 */
public interface CitizenPhones {

  Optional<String> phoneOf(long accountId);
}
