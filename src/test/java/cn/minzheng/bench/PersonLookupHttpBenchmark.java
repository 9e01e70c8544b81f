package cn.minzheng.bench;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.shared.IdCardNo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 23: the ID-number look-up as a staff member's script or page asks for it, over HTTP on
 * loopback with the staff session (cookie and CSRF token, one keep-alive connection, one request at
 * a time): {@code POST /api/v1/persons/search} with the number in the body (the number is never in
 * an address, so {@code GET /api/v1/persons?idNumber=} refuses it). The caller is a community
 * worker, so the database's row security is bound on every connection as in production; the numbers
 * are of persons of that community. The floor, measured first on the same numbers: the in-process
 * look-up ({@code PersonDirectory.findByIdNumber}), what the request adds session, security, JSON
 * and HTTP to.
 */
final class PersonLookupHttpBenchmark {

  private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
  private static final String PASSWORD = "Bench-Lookup-2026";

  private final ConfigurableApplicationContext context;
  private final JdbcClient jdbc;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;

  PersonLookupHttpBenchmark(ConfigurableApplicationContext context) {
    this.context = context;
    this.jdbc = context.getBean(JdbcClient.class);
    this.base =
        "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
  }

  BenchResult run(int count) throws IOException, InterruptedException {
    String community =
        jdbc.sql(
                "select residence_region_code from registry.person tablesample system (1)"
                    + " repeatable (3) group by 1 order by count(*) desc limit 1")
            .query(String.class)
            .single();
    List<String> numbers = numbersOf(community, count);
    if (numbers.isEmpty()) {
      throw new IllegalStateException("no persons in " + community);
    }
    PersonDirectory directory = context.getBean(PersonDirectory.class);
    Latencies floorLatencies = new Latencies(count);
    Duration floor = timed(numbers, count, floorLatencies, id -> directory.findByIdNumber(id));

    Session staff = signIn(community);
    String path = "/api/v1/persons/search";
    for (int i = 0; i < Math.min(1_000, count / 10); i++) {
      lookUp(staff, path, numbers.get(i % numbers.size()));
    }
    Latencies latencies = new Latencies(count);
    PeakHeap.reset();
    Duration took = timed(numbers, count, latencies, id -> lookUp(staff, path, id.value()));
    return new BenchResult(
        "registry lookup by ID number over HTTP (POST /api/v1/persons/search, staff session)",
        count,
        took,
        BenchResult.perSecond(count, took),
        floor,
        "p95 < 5 ms",
        latencies.percentileMillis(95) < 5 ? "yes" : "NO",
        PeakHeap.read(),
        latencies.summary()
            + " (one client, sequential, keep-alive; a community worker, row security bound);"
            + " floor = the in-process look-up of the same "
            + String.format("%,d", numbers.size())
            + " numbers: "
            + floorLatencies.summary());
  }

  private interface Lookup {
    void run(IdCardNo id) throws IOException, InterruptedException;
  }

  private static Duration timed(List<String> numbers, int count, Latencies latencies, Lookup lookup)
      throws IOException, InterruptedException {
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      IdCardNo id = IdCardNo.parse(numbers.get(i % numbers.size()));
      long t = System.nanoTime();
      lookup.run(id);
      latencies.add(System.nanoTime() - t);
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private List<String> numbersOf(String community, int count) {
    FieldCipher cipher = context.getBean(FieldCipher.class);
    return new ArrayList<>(
        jdbc.sql(
                "select id_number_enc from registry.person where residence_region_code = ?"
                    + " order by id limit ?")
            .params(community, count)
            .query((rs, n) -> cipher.decrypt(rs.getBytes(1)))
            .list());
  }

  private record Session(String cookie, String csrf) {}

  private void lookUp(Session staff, String path, String idNumber)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "SESSION=" + staff.cookie())
                .header("X-CSRF-TOKEN", staff.csrf())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"idNumber\":\"" + idNumber + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (answer.statusCode() != 200 || !answer.body().contains("\"total\":1")) {
      throw new IllegalStateException(
          "look-up answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  /** A community worker of {@code community}, signed in through the staff login form. */
  private Session signIn(String community) throws IOException, InterruptedException {
    String username = "bench_lookup_" + System.nanoTime() % 1_000_000_000L;
    jdbc.sql(
            "insert into platform.staff_account (username, display_name, password_hash,"
                + " region_code, roles, created_by, updated_by)"
                + " values (?, '基准测试', ?, ?, '{COMMUNITY_WORKER}'::text[], 'bench', 'bench')")
        .params(username, context.getBean(PasswordEncoder.class).encode(PASSWORD), community)
        .update();
    HttpResponse<String> form = get("/login", null);
    String cookie = cookie(form, null);
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Cookie", "SESSION=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + username
                            + "&password="
                            + PASSWORD
                            + "&_csrf="
                            + java.net.URLEncoder.encode(
                                find(CSRF_FIELD, form.body()), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 302
        || login.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("staff login answered " + login.statusCode());
    }
    cookie = cookie(login, cookie);
    HttpResponse<String> home = get("/", cookie);
    return new Session(cookie, find(CSRF_META, home.body()));
  }

  private HttpResponse<String> get(String path, String cookie)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (cookie != null) {
      request.header("Cookie", "SESSION=" + cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<?> answer, String current) {
    return answer.headers().allValues("Set-Cookie").stream()
        .map(SESSION::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .findFirst()
        .orElse(current);
  }

  private static String find(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token in the page");
    }
    return m.group(1);
  }
}
