package cn.minzheng.placenames.demo;

import cn.minzheng.calendar.WorkingCalendar;
import cn.minzheng.placenames.Boundaries;
import cn.minzheng.placenames.naming.Gazetteer;
import cn.minzheng.placenames.naming.Pinyin;
import cn.minzheng.placenames.naming.PlaceCategory;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code minzheng.demo.enabled=true}, once (when no naming application is recorded): the
 * brief's 2023 H1 figures — 153 names approved (4 of them renames keeping the old name as heritage)
 * and 189 building names filed, spread over the communities — with the significant names'
 * assessments, reviews and consultations; applications open today in every stage; refused ones;
 * building filings awaiting an opinion; two joint inspections with findings (one overdue).
 * Positions are points inside the communities' demo boundaries.
 */
@Component
@Order(160)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class PlaceNameDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PlaceNameDemoData.class);

  /** Approvals of 2023 H1 by category: 153 in all (brief). */
  static final int[][] APPROVALS = {
    {PlaceCategory.ROAD.ordinal(), 50},
    {PlaceCategory.STREET.ordinal(), 40},
    {PlaceCategory.BRIDGE.ordinal(), 15},
    {PlaceCategory.SQUARE.ordinal(), 8},
    {PlaceCategory.PARK.ordinal(), 10},
    {PlaceCategory.RESIDENTIAL.ordinal(), 20},
    {PlaceCategory.BUILDING.ordinal(), 10}
  };

  static final int FILINGS = 189;

  private static final String[] SPECIFIC = {
    "锦华", "蓉城", "天府", "桂溪", "金沙", "青龙", "望江", "玉林", "红星", "东湖", "文殊", "驷马", "浣花", "芙蓉", "银杏", "合江",
    "九眼", "双林", "建设", "沙河", "府青", "新鸿", "万年", "狮子", "龙泉", "西岭", "光华", "清水", "永丰", "华兴", "太平", "三圣",
    "白鹭", "青衣", "黄龙", "石羊", "百花", "梧桐", "海棠", "栖霞"
  };
  private static final String[] MODIFIER = {"", "东", "西", "南", "北", "中", "新"};

  private final JdbcClient jdbc;
  private final RegionQuery regions;
  private final Gazetteer gazetteer;
  private final Boundaries boundaries;
  private final WorkingCalendar calendar;
  private final TransactionTemplate tx;
  private final Random random = new Random(20230630);
  private final Set<String> used = new HashSet<>();

  PlaceNameDemoData(
      JdbcClient jdbc,
      RegionQuery regions,
      Gazetteer gazetteer,
      Boundaries boundaries,
      WorkingCalendar calendar,
      TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.gazetteer = gazetteer;
    this.boundaries = boundaries;
    this.calendar = calendar;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    long existing =
        jdbc.sql("select count(*) from placenames.application").query(Long.class).single();
    if (existing > 0) {
      return;
    }
    LocalDate today = ChinaTime.today();
    List<RegionNode> communities =
        regions.all().stream()
            .filter(n -> n.level() == RegionLevel.COMMUNITY && n.activeOn(today))
            .sorted((a, b) -> a.code().compareTo(b.code()))
            .toList();
    if (communities.isEmpty()) {
      return;
    }
    tx.executeWithoutResult(s -> load(communities, today));
    log.info("演示地名：153个批准地名、189个楼宇名称备案、各阶段在办申请、2次联合检查");
  }

  private void load(List<RegionNode> communities, LocalDate today) {
    int renames = 0;
    for (int[] share : APPROVALS) {
      PlaceCategory category = PlaceCategory.values()[share[0]];
      for (int i = 0; i < share[1]; i++) {
        RegionNode at = pick(communities);
        LocalDate decided = LocalDate.of(2023, 1, 3).plusDays(random.nextInt(178));
        boolean rename = category == PlaceCategory.ROAD && renames < 4;
        renames += rename ? 1 : 0;
        approved(category, at, decided, rename);
      }
    }
    for (int i = 0; i < FILINGS; i++) {
      LocalDate decided = LocalDate.of(2023, 1, 3).plusDays(random.nextInt(178));
      filing(pick(communities), "FILED", decided.minusDays(5 + random.nextInt(10)), decided);
    }
    for (int i = 0; i < 3; i++) {
      LocalDate on = LocalDate.of(2023, 3, 1).plusDays(random.nextInt(90));
      filing(pick(communities), "REFUSED", on.minusDays(7), on);
      filing(pick(communities), "SUBMITTED", today.minusDays(1 + i), null);
      filing(pick(communities), "SUBMITTED", today.minusDays(4 + i), null);
    }
    openApplications(communities, today);
    inspections(communities, today);
  }

  private void approved(PlaceCategory category, RegionNode at, LocalDate decided, boolean rename) {
    String name = freshName(category, at);
    String pinyin = Pinyin.of(name);
    String where = position(at);
    String authority = authority(at);
    LocalDate submitted = decided.minusDays(40 + random.nextInt(30));
    Long placeId = null;
    if (rename) {
      String old = freshName(category, at);
      placeId =
          gazetteer.file(
              category, old, Pinyin.of(old), at.code(), where, authority, LocalDate.of(1998, 5, 1));
    }
    long id =
        application(
            category, name, pinyin, at, where, "APPROVED", submitted, decided, placeId, null);
    if (category.significant) {
      assessed(id, submitted.plusDays(5), true);
      reviewed(id);
    }
    if (placeId == null) {
      placeId = gazetteer.file(category, name, pinyin, at.code(), where, authority, decided);
    } else {
      gazetteer.rename(placeId, name, pinyin, decided, authority, "更名：道路拓宽改造后统一命名");
    }
    jdbc.sql("update placenames.application set place_id = :p where id = :id")
        .param("p", placeId)
        .param("id", id)
        .update();
  }

  /** Applications open today in every stage, and refused ones. */
  private void openApplications(List<RegionNode> communities, LocalDate today) {
    PlaceCategory[] significant = {
      PlaceCategory.ROAD, PlaceCategory.BRIDGE, PlaceCategory.SQUARE, PlaceCategory.PARK
    };
    for (int i = 0; i < 3; i++) {
      RegionNode at = pick(communities);
      PlaceCategory c = significant[i % significant.length];
      // 待综合评估
      application(
          c, freshName(c, at), null, at, null, "SUBMITTED", today.minusDays(2), null, null, null);
      // 专家论证和公众征询中: assessed three days ago, the consultation still open
      RegionNode at2 = pick(communities);
      long consulting =
          application(
              c,
              freshName(c, at2),
              null,
              at2,
              null,
              "SUBMITTED",
              today.minusDays(5),
              null,
              null,
              null);
      assessed(consulting, today.minusDays(3), true);
      // 待审批: the consultation closed, three experts reviewed
      RegionNode at3 = pick(communities);
      long ready =
          application(
              c,
              freshName(c, at3),
              null,
              at3,
              null,
              "SUBMITTED",
              today.minusDays(45),
              null,
              null,
              null);
      assessed(ready, today.minusDays(40), true);
      reviewed(ready);
      // a street or residential name without consultation
      PlaceCategory plain = i == 0 ? PlaceCategory.RESIDENTIAL : PlaceCategory.STREET;
      RegionNode at4 = pick(communities);
      application(
          plain,
          freshName(plain, at4),
          null,
          at4,
          null,
          "SUBMITTED",
          today.minusDays(1 + i),
          null,
          null,
          null);
      // refused in 2023
      RegionNode at5 = pick(communities);
      LocalDate refused = LocalDate.of(2023, 2, 1).plusDays(random.nextInt(120));
      application(
          PlaceCategory.RESIDENTIAL,
          freshName(PlaceCategory.RESIDENTIAL, at5),
          null,
          at5,
          null,
          "REJECTED",
          refused.minusDays(20),
          refused,
          null,
          "名称含义不明确，与周边地名体系不协调");
    }
  }

  private long application(
      PlaceCategory category,
      String name,
      @Nullable String pinyin,
      RegionNode at,
      @Nullable String where,
      String status,
      LocalDate submitted,
      @Nullable LocalDate decided,
      @Nullable Long placeId,
      @Nullable String refusal) {
    return jdbc.sql(
            """
            insert into placenames.application (kind, place_id, category, proposed_name, pinyin,
                   region_code, location, reasons, status, submitted_by, submitted_at, decided_by,
                   decided_on, refusal_reason)
            values (:kind, :place, :category, :name, :pinyin, :region, :location, :reasons,
                    :status, 'demo', cast(:submitted as date) + time '10:00', :by, :decided, :refusal)
            returning id""")
        .param("kind", placeId == null ? "NAME" : "RENAME")
        .param("place", placeId)
        .param("category", category.name())
        .param("name", name)
        .param("pinyin", pinyin == null ? Pinyin.of(name) : pinyin)
        .param("region", at.code())
        .param("location", where == null ? position(at) : where)
        .param("reasons", category.label + "新建完成，依规命名")
        .param("status", status)
        .param("submitted", submitted)
        .param("by", decided == null ? null : "demo")
        .param("decided", decided)
        .param("refusal", refusal)
        .query(Long.class)
        .single();
  }

  private void assessed(long application, LocalDate on, boolean feasible) {
    jdbc.sql(
            """
            insert into placenames.assessment (application_id, legality, feasibility,
                   controllability, impact_risks, measures, conclusion, assessed_on, recorded_by)
            values (:id, '符合《地名管理条例》命名规则', '与国土空间规划和地名方案一致', '群众知晓度高，风险可控',
                    '无重大社会影响', '批准后及时设置地名标志并公告', :conclusion, :on, 'demo')""")
        .param("id", application)
        .param("conclusion", feasible ? "FEASIBLE" : "INFEASIBLE")
        .param("on", on)
        .update();
    jdbc.sql("update placenames.application set consultation_closes_on = :closes where id = :id")
        .param("closes", calendar.plusWorkingDays(on, 10))
        .param("id", application)
        .update();
  }

  private void reviewed(long application) {
    String[] experts = {"王教授", "李研究员", "张高工"};
    for (String expert : experts) {
      jdbc.sql(
              """
              insert into placenames.expert_review (application_id, expert, score, opinion, recorded_by)
              values (:id, :expert, :score, '名称得当，符合地名命名原则', 'demo')""")
          .param("id", application)
          .param("expert", expert)
          .param("score", 75 + random.nextInt(21))
          .update();
    }
  }

  private void filing(
      RegionNode at, String status, LocalDate submitted, @Nullable LocalDate decided) {
    PlaceCategory kind =
        random.nextInt(3) == 0 ? PlaceCategory.BUILDING : PlaceCategory.RESIDENTIAL;
    String name = freshName(kind, at);
    String pinyin = Pinyin.of(name);
    String number = null;
    if ("FILED".equals(status) && decided != null) {
      String prefix = at.code().substring(0, 6) + "-" + decided.getYear() + "-";
      long next =
          jdbc.sql("select count(*) + 1 from placenames.building_filing where filing_no like :p")
              .param("p", prefix + "%")
              .query(Long.class)
              .single();
      number = prefix + String.format(Locale.ROOT, "%04d", next);
    }
    jdbc.sql(
            """
            insert into placenames.building_filing (kind, name, pinyin, pinyin_plain, region_code,
                   county_code, location, developer, project, channel, status, submitted_by,
                   submitted_on, opinion, decided_by, decided_on, filing_no)
            values (:kind, :name, :pinyin, :plain, :region, :county, :location, :developer,
                    :project, :channel, :status, 'demo', :submitted, :opinion, :by, :decided,
                    :number)""")
        .param("kind", kind.name())
        .param("name", name)
        .param("pinyin", pinyin)
        .param("plain", Pinyin.plain(pinyin))
        .param("region", at.code())
        .param("county", at.code().substring(0, 6))
        .param("location", position(at))
        .param("developer", "成都" + name.substring(0, 2) + "置业有限公司")
        .param("project", name + "项目")
        .param("channel", random.nextBoolean() ? "HOUSING" : "STAFF")
        .param("status", status)
        .param("submitted", submitted)
        .param(
            "opinion",
            switch (status) {
              case "FILED" -> "名称符合规定，同意备案";
              case "REFUSED" -> "与本区已备案名称同音，不同意备案";
              default -> null;
            })
        .param("by", decided == null ? null : "demo")
        .param("decided", decided)
        .param("number", number)
        .update();
  }

  private void inspections(List<RegionNode> communities, LocalDate today) {
    RegionNode at = communities.get(0);
    String county = at.code().substring(0, 6) + "000000";
    long markers =
        plan("2023年行政区域界线联合检查", "MARKER", county, "相邻区县民政局、自然资源部门", LocalDate.of(2023, 5, 8));
    finding(markers, "JZ-01", at, "GOOD", LocalDate.of(2023, 5, 9), null);
    finding(markers, "JZ-02", at, "DAMAGED", LocalDate.of(2023, 5, 9), LocalDate.of(2023, 5, 20));
    finding(markers, "JZ-03", at, "MOVED", LocalDate.of(2023, 5, 10), LocalDate.of(2023, 5, 26));
    long signs = plan("地名标志设置维护检查", "SIGN", county, "街道办事处、城市管理部门", today.minusDays(40));
    finding(signs, "BZ-101", at, "GOOD", today.minusDays(39), null);
    finding(signs, "BZ-102", at, "MISSING", today.minusDays(39), null); // overdue by now
    finding(signs, "BZ-103", at, "WRONG_CONTENT", today.minusDays(2), null);
  }

  private long plan(String title, String kind, String region, String partners, LocalDate on) {
    return jdbc.sql(
            """
            insert into placenames.inspection_plan (title, kind, region_code, partners, planned_on, created_by)
            values (:title, :kind, :region, :partners, :on, 'demo') returning id""")
        .param("title", title)
        .param("kind", kind)
        .param("region", region)
        .param("partners", partners)
        .param("on", on)
        .query(Long.class)
        .single();
  }

  private void finding(
      long plan,
      String code,
      RegionNode at,
      String condition,
      LocalDate on,
      @Nullable LocalDate rectified) {
    byte[] photo = photo(code);
    jdbc.sql(
            """
            insert into placenames.inspection_finding (plan_id, object_code, location, condition,
                   description, found_on, rectify_by, photo, photo_type, photo_sha256,
                   rectified_on, rectification, recorded_by)
            values (:plan, :code, :location, :condition, :description, :on, :by_day, :photo,
                    'image/png', :sha, :rectified, :note, 'demo')""")
        .param("plan", plan)
        .param("code", code)
        .param("location", position(at))
        .param("condition", condition)
        .param("description", "GOOD".equals(condition) ? "标志完好，内容清晰" : "现场发现问题，需整改")
        .param("on", on)
        .param("by_day", "GOOD".equals(condition) ? null : calendar.plusWorkingDays(on, 15))
        .param("photo", photo)
        .param("sha", sha256(photo))
        .param("rectified", rectified)
        .param("note", rectified == null ? null : "已修复并复核")
        .update();
  }

  /** A small solid-colour picture standing for the site photo, different for every finding. */
  private static byte[] photo(String seed) {
    BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(seed.hashCode() & 0xFFFFFF));
    g.fillRect(0, 0, 32, 24);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private RegionNode pick(List<RegionNode> communities) {
    return communities.get(random.nextInt(communities.size()));
  }

  /** A name not yet used in the county for the kind, by characters or sound. */
  private String freshName(PlaceCategory category, RegionNode at) {
    String generic =
        switch (category) {
          case ROAD -> "路";
          case STREET -> "街";
          case BRIDGE -> "桥";
          case SQUARE -> "广场";
          case PARK -> "公园";
          case RESIDENTIAL -> "苑";
          case BUILDING -> "大厦";
        };
    String county = at.code().substring(0, 6);
    while (true) {
      String name =
          SPECIFIC[random.nextInt(SPECIFIC.length)]
              + MODIFIER[random.nextInt(MODIFIER.length)]
              + generic;
      String kind = category == PlaceCategory.BUILDING ? "RESIDENTIAL" : category.name();
      if (used.add(county + kind + Pinyin.plain(Pinyin.of(name)))) {
        return name;
      }
    }
  }

  private String position(RegionNode at) {
    return boundaries
        .pointIn(at.code())
        .map(p -> String.format(Locale.ROOT, "%.6f,%.6f", p.latitude(), p.longitude()))
        .orElse("30.657000,104.066000");
  }

  private String authority(RegionNode at) {
    return regions
        .find(at.code().substring(0, 6) + "000000")
        .map(n -> "成都市" + n.name() + "民政局")
        .orElse("成都市民政局");
  }
}
