package cn.minzheng.cockpit.headline;

import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureValues;
import cn.minzheng.cockpit.Period;
import cn.minzheng.platform.RegionFilter;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gets the values of many figures in several periods for one region node: a closed period from the
 * night's summary ({@link ClosedPeriodSummary}) when it has one, every other period counted live,
 * one figure per task on a small pool of its own so that the page waits for the slowest figure
 * rather than for the sum of them all.
 *
 * <p>The pool is bounded ({@code minzheng.cockpit.count-threads}, 4 by default, of the 20
 * connections the application has) and so is its queue; when both are full the page's own thread
 * counts, so that many leaders at once slow each other down rather than take every connection.
 * Inside a transaction the caller counts everything itself: the figures then see its own writes.
 */
@Component
class FigureCounting {

  private static final int QUEUE = 256;

  private final ClosedPeriodSummary summary;
  private final ThreadPoolExecutor pool;

  FigureCounting(
      ClosedPeriodSummary summary, @Value("${minzheng.cockpit.count-threads:4}") int threads) {
    this.summary = summary;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            task -> {
              Thread t = new Thread(task, "cockpit-count-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    this.pool.allowCoreThreadTimeOut(true);
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  /**
   * The values of each figure (outer list, in the order given) in each period (inner list, in the
   * order given) inside {@code subtree}, the subtree of {@code nodeCode}.
   */
  List<List<FigureValues>> count(
      List<Figure> figures, List<Period> periods, String nodeCode, RegionFilter subtree) {
    Map<ClosedPeriodSummary.Key, FigureValues> summarised =
        summary.read(figures.stream().map(f -> f.spec().code()).toList(), periods, nodeCode);
    List<List<FigureValues>> result = new ArrayList<>();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (Figure figure : figures) {
      List<FigureValues> ofFigure = new ArrayList<>(periods.size());
      List<Integer> live = new ArrayList<>();
      for (int i = 0; i < periods.size(); i++) {
        FigureValues known =
            summarised.get(new ClosedPeriodSummary.Key(figure.spec().code(), periods.get(i)));
        ofFigure.add(known);
        if (known == null) {
          live.add(i);
        }
      }
      result.add(ofFigure);
      if (!live.isEmpty()) {
        tasks.add(
            () -> {
              List<FigureValues> counted =
                  figure.valuesOfEach(live.stream().map(periods::get).toList(), subtree);
              for (int j = 0; j < live.size(); j++) {
                ofFigure.set(live.get(j), counted.get(j));
              }
              return null;
            });
      }
    }
    run(tasks);
    return result;
  }

  private void run(List<Callable<Void>> tasks) {
    if (tasks.size() < 2 || TransactionSynchronizationManager.isActualTransactionActive()) {
      for (Callable<Void> task : tasks) {
        call(task);
      }
      return;
    }
    List<Future<Void>> futures = new ArrayList<>();
    for (Callable<Void> task : tasks) {
      futures.add(pool.submit(task));
    }
    try {
      for (Future<Void> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("counting the figures was interrupted", e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      throw rethrown(e.getCause());
    }
  }

  private static void call(Callable<Void> task) {
    try {
      task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
