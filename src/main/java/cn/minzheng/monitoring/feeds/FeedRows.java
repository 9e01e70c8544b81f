package cn.minzheng.monitoring.feeds;

import java.io.IOException;
import java.util.List;

/** A source of feed rows read one at a time (a file being streamed, an API batch). */
public interface FeedRows {

  /** Calls {@code sink} for every data row (the header excluded), in order. */
  void forEach(Sink sink) throws IOException;

  @FunctionalInterface
  interface Sink {
    /**
     * @param line the row's line number as the sender sees it (header = line 1)
     */
    void row(int line, List<String> cells);
  }
}
