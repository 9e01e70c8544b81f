package cn.minzheng.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections that carry the thread's {@link RowScope}: the codes are set on the session
 * when the connection is taken and cleared when it goes back to the pool, so a pooled connection
 * never passes one request's scope on to the next user or to a job. A connection whose scope cannot
 * be cleared is evicted from the pool rather than reused.
 */
final class RowScopedDataSource extends DelegatingDataSource {

  private static final Logger log = LoggerFactory.getLogger(RowScopedDataSource.class);
  private static final String SET = "select set_config('minzheng.scope_codes', ?, false)";

  /** The scoped connections the current thread holds open, for {@link RowScope#lifted}. */
  private static final ThreadLocal<List<ClearOnClose>> HELD =
      ThreadLocal.withInitial(ArrayList::new);

  RowScopedDataSource(DataSource target) {
    super(target);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return scoped(super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return scoped(super.getConnection(username, password));
  }

  /**
   * Unwrapping to a plain {@link DataSource} yields the pool itself: Spring Boot derives the
   * migrations' data source (the owner role, never scoped) from the pool's type and settings that
   * way.
   */
  @Override
  @SuppressWarnings("unchecked")
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return iface == DataSource.class ? (T) obtainTargetDataSource() : super.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface == DataSource.class || super.isWrapperFor(iface);
  }

  private Connection scoped(Connection connection) throws SQLException {
    String codes = RowScope.bound();
    if (codes == null) {
      return connection;
    }
    try {
      setCodes(connection, codes);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    ClearOnClose handler = new ClearOnClose(connection);
    HELD.get().add(handler);
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  /** Sets {@code codes} ("" for none) on every scoped connection this thread holds open. */
  static void setOnHeld(String codes) {
    for (ClearOnClose held : HELD.get()) {
      held.set(codes);
    }
  }

  private static void setCodes(Connection connection, String codes) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SET)) {
      statement.setString(1, codes);
      statement.execute();
    }
  }

  private final class ClearOnClose implements InvocationHandler {

    private final Connection connection;
    private boolean closed;
    private boolean evictOnClose;

    ClearOnClose(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if ("close".equals(method.getName()) && method.getParameterCount() == 0) {
        close();
        return null;
      }
      try {
        return method.invoke(connection, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    /**
     * A connection whose codes could not be set (its transaction failed: the roll-back brings back
     * the codes it had before) leaves the pool when closed, whatever it holds then.
     */
    void set(String codes) {
      try {
        setCodes(connection, codes);
      } catch (SQLException e) {
        evictOnClose = true;
        log.debug("Row scope not set on a failed transaction; the connection will be evicted", e);
      }
    }

    private void close() throws SQLException {
      if (closed) {
        return;
      }
      closed = true;
      HELD.get().remove(this);
      if (evictOnClose) {
        evict();
        return;
      }
      try {
        if (!connection.isClosed()) {
          clearCodes();
        }
      } catch (SQLException | RuntimeException e) {
        log.warn("Row scope could not be cleared; the connection leaves the pool", e);
        evict();
        return;
      }
      connection.close();
    }

    /**
     * Clears the codes in a committed statement of their own: were they cleared inside a
     * transaction left open, the pool's roll-back on return would bring them back.
     */
    private void clearCodes() throws SQLException {
      if (connection.getAutoCommit()) {
        setCodes(connection, "");
      } else {
        connection.rollback();
        setCodes(connection, "");
        connection.commit();
      }
    }

    /** Out of the pool for good: Hikari closes an evicted connection when it is handed back. */
    private void evict() throws SQLException {
      if (getTargetDataSource() instanceof HikariDataSource hikari) {
        hikari.evictConnection(connection);
        connection.close();
      } else {
        connection.abort(Runnable::run);
      }
    }
  }
}
