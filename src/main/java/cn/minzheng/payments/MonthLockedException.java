package cn.minzheng.payments;

import cn.minzheng.platform.ProblemException;
import java.time.YearMonth;
import org.springframework.http.HttpStatus;

/**
 * A programme month whose roster is approved cannot be replaced any more: a correction is an
 * explicit adjustment paid in a later month ({@link Entitlements#adjust}).
 */
public class MonthLockedException extends ProblemException {

  public MonthLockedException(Programme programme, YearMonth month) {
    super(
        HttpStatus.CONFLICT,
        "名册已审核",
        programme.label() + " " + month + " 的发放名册已审核，不能再替换；请以补发/追回调整处理。");
  }
}
