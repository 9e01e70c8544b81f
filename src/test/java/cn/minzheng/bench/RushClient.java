package cn.minzheng.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load generator of the booking rush, in a JVM of its own (started by {@link
 * BookingRushBenchmark}). Untimed: every citizen signs in through the portal's login form and keeps
 * session cookie and CSRF token. Timed: {@code clients} threads book at once, each citizen from its
 * own loopback address; a citizen whose first slot is full tries its fallback slot, as a person
 * would. Writes one line per booking request: latency, kind of answer, appointment id.
 *
 * <p>Arguments: port, input file (own ID, partner ID, first slot, fallback slot per line), output
 * file, clients, password, login threads.
 */
public final class RushClient {

  private record Citizen(int n, String own, String partner, long first, long fallback) {}

  /** A signed-in citizen with the booking form's CSRF token and sealed own ID number. */
  private record SignedIn(
      Citizen citizen, InetAddress from, String session, String csrf, String ownSealed) {}

  /** The form's hidden own number (issue 24: the own ID is taken from the account, not typed). */
  private static final java.util.regex.Pattern OWN_SEALED =
      java.util.regex.Pattern.compile("name=\"ownSealed\" value=\"([^\"]+)\"");

  private RushClient() {}

  public static void main(String[] args) throws Exception {
    LoopbackHttp http = new LoopbackHttp(Integer.parseInt(args[0]));
    List<String> lines = Files.readAllLines(Path.of(args[1]));
    int clients = Integer.parseInt(args[3]);
    String password = args[4];
    int loginThreads = Integer.parseInt(args[5]);
    Citizen[] citizens = new Citizen[lines.size()];
    for (int i = 0; i < citizens.length; i++) {
      String[] f = lines.get(i).split("\t");
      citizens[i] = new Citizen(i, f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]));
    }
    ConcurrentLinkedQueue<SignedIn> ready = new ConcurrentLinkedQueue<>();
    AtomicInteger loginFailures = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    long loginStart = System.nanoTime();
    runThreads(
        loginThreads,
        () -> {
          for (int i = next.getAndIncrement(); i < citizens.length; i = next.getAndIncrement()) {
            try {
              ready.add(signIn(http, citizens[i], password));
            } catch (IOException | RuntimeException e) {
              loginFailures.incrementAndGet();
            }
          }
        });
    System.out.printf(
        "rush client: %d signed in (%d failed) in %.1f s%n",
        ready.size(), loginFailures.get(), (System.nanoTime() - loginStart) / 1e9);
    ConcurrentLinkedQueue<String> results = new ConcurrentLinkedQueue<>();
    if (args.length > 6) {
      String[] plan = args[6].split("@");
      openLoop(
          http,
          ready,
          OpenLoopPlan.parse(plan[0], Integer.parseInt(plan[1])),
          clients,
          Path.of(args[2]),
          loginFailures.get());
      return;
    }
    Path go = Path.of(args[2] + ".go");
    Files.deleteIfExists(go);
    Files.createFile(go);
    long started = System.nanoTime();
    runThreads(
        clients,
        () -> {
          for (SignedIn s = ready.poll(); s != null; s = ready.poll()) {
            if (!book(http, s, s.citizen().first(), results)) {
              book(http, s, s.citizen().fallback(), results);
            }
          }
        });
    long took = System.nanoTime() - started;
    Files.deleteIfExists(go);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
      out.println("T\t" + took + "\t" + loginFailures.get());
      results.forEach(out::println);
    }
  }

  /**
   * Open loop: arrivals on the plan's schedule, each handed to a pool of {@code threads} waiting
   * threads at its due time (a late dispatch is still measured from the due time); one arrival is
   * one couple booking its first slot, then its fallback when the first is full. Writes per
   * arrival: step, due time from the plan's start, latency from the due time, answer, appointment.
   */
  private static void openLoop(
      LoopbackHttp http,
      ConcurrentLinkedQueue<SignedIn> ready,
      OpenLoopPlan plan,
      int threads,
      Path output,
      int loginFailures)
      throws IOException, InterruptedException {
    ConcurrentLinkedQueue<String> results = new ConcurrentLinkedQueue<>();
    java.util.concurrent.ThreadPoolExecutor pool =
        new java.util.concurrent.ThreadPoolExecutor(
            threads,
            threads,
            1,
            java.util.concurrent.TimeUnit.MINUTES,
            new java.util.concurrent.LinkedBlockingQueue<>());
    pool.prestartAllCoreThreads();
    Path go = Path.of(output + ".go");
    Files.deleteIfExists(go);
    Files.createFile(go);
    List<Long> starts = plan.stepStartsNanos();
    long planStart = System.nanoTime() + 100_000_000L;
    for (int step = 0; step < plan.rates().size(); step++) {
      for (long i = 0; i < plan.requests(step); i++) {
        long due = starts.get(step) + plan.dueNanos(step, i);
        long wait = planStart + due - System.nanoTime();
        if (wait > 0) {
          java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
        int s = step;
        SignedIn citizen = ready.poll();
        pool.execute(
            () -> {
              String[] answer =
                  citizen == null
                      ? new String[] {"no signed-in citizen left", "-"}
                      : arrive(http, citizen);
              long latency = System.nanoTime() - (planStart + due);
              results.add(
                  "O\t" + s + "\t" + due + "\t" + latency + "\t" + answer[0] + "\t" + answer[1]);
            });
      }
    }
    pool.shutdown();
    pool.awaitTermination(2, java.util.concurrent.TimeUnit.HOURS);
    long took = System.nanoTime() - planStart;
    Files.deleteIfExists(go);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output))) {
      out.println("T\t" + took + "\t" + loginFailures);
      results.forEach(out::println);
    }
  }

  /** One couple's arrival: the first slot, the fallback when it is full; the final answer. */
  private static String[] arrive(LoopbackHttp http, SignedIn s) {
    ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    if (!book(http, s, s.citizen().first(), lines)) {
      book(http, s, s.citizen().fallback(), lines);
    }
    String[] last = null;
    for (String line : lines) {
      last = line.split("\t");
    }
    return new String[] {last[2], last[3]};
  }

  private static SignedIn signIn(LoopbackHttp http, Citizen c, String password) throws IOException {
    InetAddress from = LoopbackHttp.address(c.n());
    LoopbackHttp.Answer form = http.get(from, "/portal/login", null);
    LoopbackHttp.Answer login =
        http.post(
            from,
            "/portal/login",
            form.session(),
            Map.of("username", c.own(), "password", password, "_csrf", form.csrf()));
    if (login.status() != 302 || !login.location().contains("/portal/me")) {
      throw new IllegalStateException("login answered " + login.status());
    }
    String session = login.session() != null ? login.session() : form.session();
    LoopbackHttp.Answer page = http.get(from, "/portal/marriage/book?slot=" + c.first(), session);
    if (page.status() != 200 || page.csrf() == null) {
      throw new IllegalStateException("booking form answered " + page.status());
    }
    java.util.regex.Matcher sealed = OWN_SEALED.matcher(page.body());
    if (!sealed.find()) {
      throw new IllegalStateException("booking form without the own ID number");
    }
    return new SignedIn(c, from, session, page.csrf(), sealed.group(1));
  }

  /** One booking request; true unless the slot was full (then the caller tries another one). */
  private static boolean book(
      LoopbackHttp http, SignedIn s, long slot, ConcurrentLinkedQueue<String> results) {
    long t = System.nanoTime();
    String kind;
    String id = "-";
    boolean done = true;
    try {
      LoopbackHttp.Answer a =
          http.post(
              s.from(),
              "/portal/marriage/book",
              s.session(),
              Map.of(
                  "slot", Long.toString(slot),
                  "type", "MARRIAGE",
                  "ownSealed", s.ownSealed(),
                  "partnerIdNumber", s.citizen().partner(),
                  "_csrf", s.csrf()));
      String location = a.location() == null ? "" : a.location();
      if (a.status() == 302 && location.endsWith("?booked")) {
        // the confirmation's address: /portal/marriage/my/{id}?booked
        kind = "booked";
        id = location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));
      } else if (a.status() == 422 && a.body().contains("约满")) {
        kind = "422 slot full";
        done = false;
      } else if (a.status() == 422) {
        kind = "422 rejected";
      } else {
        kind = a.status() + (a.status() == 302 ? " to " + location : "");
      }
    } catch (IOException | RuntimeException e) {
      kind = "io " + e.getClass().getSimpleName();
    }
    results.add("B\t" + (System.nanoTime() - t) + "\t" + kind + "\t" + id);
    return done;
  }

  private static void runThreads(int count, Runnable work) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    Thread[] threads = new Thread[count];
    for (int i = 0; i < count; i++) {
      threads[i] =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                work.run();
              });
      threads[i].start();
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
  }
}
