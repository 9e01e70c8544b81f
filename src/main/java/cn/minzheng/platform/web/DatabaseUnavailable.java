package cn.minzheng.platform.web;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Whether an error means the database cannot be reached (stopped, unreachable, pool timed out) or
 * did not answer in time, rather than a fault of the request or the code: such errors are a 503.
 */
final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  static boolean causedBy(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof DataAccessResourceFailureException
          || cause instanceof TransientDataAccessResourceException
          || cause instanceof QueryTimeoutException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
    }
    return false;
  }
}
