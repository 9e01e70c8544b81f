package cn.minzheng.elderly.demo;

import cn.minzheng.elderly.facility.FacilityType;
import cn.minzheng.elderly.facility.GeoPoint;
import cn.minzheng.region.RegionKind;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.CreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Demo facilities (every community and street), community centres and filed institutions. */
@Component
class DemoFacilities {

  private final JdbcTemplate jdbc;
  private final RegionQuery regions;

  DemoFacilities(JdbcTemplate jdbc, RegionQuery regions) {
    this.jdbc = jdbc;
    this.regions = regions;
  }

  int create() {
    LocalDate today = ChinaTime.today();
    List<Object[]> places = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    for (RegionNode node : regions.all()) {
      if (!node.activeOn(today) || !node.code().startsWith("5101")) {
        continue;
      }
      int seed = node.code().hashCode();
      if (node.level() == RegionLevel.COMMUNITY) {
        GeoPoint centre = DemoGeography.communityCentre(node.code());
        places.add(
            new Object[] {
              node.name() + "党群服务中心", node.code(), centre.latitude(), centre.longitude()
            });
        boolean village = node.kind() == RegionKind.VILLAGE;
        add(
            rows,
            node,
            village ? FacilityType.VILLAGE_POINT : FacilityType.MEAL_POINT,
            centre,
            seed,
            0.6);
        add(rows, node, FacilityType.DAY_CARE, centre, seed + 1, village ? 0.1 : 0.35);
        add(rows, node, FacilityType.DEMENTIA_FRIENDLY, centre, seed + 2, 0.04);
      } else if (node.level() == RegionLevel.STREET) {
        GeoPoint centre = DemoGeography.communityCentre(node.code());
        boolean town = node.kind() == RegionKind.TOWN || node.kind() == RegionKind.TOWNSHIP;
        add(
            rows,
            node,
            town ? FacilityType.TOWN_CENTRE : FacilityType.COMMUNITY_COMPLEX,
            centre,
            seed,
            1.0);
      } else if (node.kind() == RegionKind.COUNTY || node.kind() == RegionKind.COUNTY_LEVEL_CITY) {
        add(
            rows,
            node,
            FacilityType.COUNTY_HOME,
            DemoGeography.districtCentre(node.code()),
            seed,
            1.0);
      }
    }
    jdbc.batchUpdate(
        "insert into elderly.place (name, kind, region_code, latitude, longitude)"
            + " values (?, 'COMMUNITY_CENTRE', ?, ?, ?) on conflict do nothing",
        places);
    jdbc.batchUpdate(
        """
        insert into elderly.facility (type, name, region_code, address, latitude, longitude,
               capacity, hours, services, demo, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, 'demo')""",
        rows);
    return rows.size();
  }

  private static void add(
      List<Object[]> rows,
      RegionNode node,
      FacilityType type,
      GeoPoint centre,
      int seed,
      double p) {
    Random random = new Random(seed * 31L + type.ordinal());
    if (random.nextDouble() >= p) {
      return;
    }
    GeoPoint at = DemoGeography.near(centre, seed + type.ordinal());
    String hours =
        type == FacilityType.MEAL_POINT ? "每日 11:00-13:00、17:00-18:30" : "周一至周日 8:30-17:30";
    String services =
        switch (type) {
          case MEAL_POINT -> "堂食、送餐、老年人就餐补贴";
          case DAY_CARE -> "日间托养、康复护理、文体娱乐";
          case DEMENTIA_FRIENDLY -> "认知筛查、照护者支持、友好环境";
          default -> "全托、日托、上门服务、助餐";
        };
    rows.add(
        new Object[] {
          type.name(),
          node.name() + type.label(),
          node.code(),
          node.name() + "（演示地址）",
          at.latitude(),
          at.longitude(),
          20 + random.nextInt(180),
          hours,
          services
        });
  }

  /**
   * Filed institutions so that beds per 1,000 registered elderly come near the brief's 39.9 (about
   * 290 beds an institution, 12.8万 beds / 440).
   */
  int institutions() {
    LocalDate today = ChinaTime.today();
    Long elderly =
        jdbc.queryForObject(
            "select count(*) from registry.person_fact where life_status = 'ALIVE'"
                + " and hukou_region_code is not null and birth_date <= ?",
            Long.class,
            today.minusYears(60));
    long bedsTarget = Math.round(elderly * 0.0399);
    int count = (int) Math.max(5, Math.round(bedsTarget / 290.0));
    List<String> districts =
        regions.all().stream()
            .filter(n -> n.level() == RegionLevel.COMMUNITY && n.code().startsWith("5101"))
            .map(RegionNode::code)
            .toList();
    Random random = new Random(440);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < count && !districts.isEmpty(); i++) {
      String community = districts.get(random.nextInt(districts.size()));
      // sizes vary around the average; the last one takes what is left of the target
      int beds =
          i == count - 1
              ? (int)
                  Math.max(30, bedsTarget - (long) rows.stream().mapToInt(r -> (int) r[7]).sum())
              : (int) Math.max(30, bedsTarget / count * (70 + random.nextInt(61)) / 100);
      LocalDate admitted = today.minusDays(30 + random.nextInt(1500));
      rows.add(
          new Object[] {
            "演示颐养院" + (i + 1) + "号",
            creditCode(random),
            "成都市（演示地址）" + (i + 1) + "号",
            community,
            "演示法人" + (i + 1),
            i % 3 == 0 ? "PUBLIC" : "LEASED",
            "028-8600" + (1000 + i),
            beds,
            beds * 6 / 10,
            beds * (50 + random.nextInt(40)) / 100,
            admitted,
            admitted.plusDays(7),
            admitted.plusDays(12),
            String.format(Locale.ROOT, "YLBADEMO%05d", i),
            1 + random.nextInt(5)
          });
    }
    jdbc.batchUpdate(
        """
        insert into elderly.institution (name, credit_code, address, region_code,
               legal_representative, premises, contact_phone, total_beds, nursing_beds,
               occupied_beds, pledge_signed, admitted_on, submitted_on, late, status, filed_on,
               receipt_number, rating, demo, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, false, 'FILED', ?, ?, ?, true, 'demo')
        on conflict do nothing""",
        rows);
    return rows.size();
  }

  /**
   * The construction programme and the relief grants of the last half year in the brief's
   * proportions, scaled by the demo registry's share of the city's 21,000,000 persons: 26
   * dementia-friendly communities, 100 meal points and 20 complexes opened with 4,870万元 (a complex
   * 100万, a dementia-friendly community 20万, a meal point 23.5万), and 1,983万元 of relief over the
   * city's 440 institutions (every second demo institution receives one grant). Set-based.
   *
   * @return facilities marked as newly opened, grants recorded
   */
  int[] openingsAndRelief() {
    LocalDate today = ChinaTime.today();
    int opened =
        jdbc.update(
            """
            with share as (select count(*)::numeric / 21000000 as k from registry.person_fact),
                 picked as (
                   select f.id, f.type,
                          row_number() over (partition by f.type order by f.id) as n
                     from elderly.facility f
                    where f.demo and f.opened_on is null
                      and f.type in ('MEAL_POINT', 'DEMENTIA_FRIENDLY', 'COMMUNITY_COMPLEX'))
            update elderly.facility f
               set opened_on = ?::date - (p.id * 37 % 180)::int,
                   construction_fund = case p.type when 'COMMUNITY_COMPLEX' then 1000000
                                                   when 'DEMENTIA_FRIENDLY' then 200000
                                                   else 235000 end
              from picked p, share
             where f.id = p.id
               and p.n <= greatest(1, round(share.k * case p.type when 'COMMUNITY_COMPLEX' then 20
                                                                  when 'DEMENTIA_FRIENDLY' then 26
                                                                  else 100 end))""",
            today);
    int grants =
        jdbc.update(
            """
            insert into elderly.institution_relief_grant
                   (institution_id, region_code, granted_on, amount, purpose, demo, created_by)
            select i.id, i.region_code, ?::date - (i.id * 53 % 170)::int,
                   round(19830000.0 / 440 * 2 * (0.5 + (i.id % 10) / 10.0), 2),
                   case when i.id % 4 = 0 then '运营补贴' else '疫情防控纾困' end, true, 'demo'
              from elderly.institution i
             where i.demo and i.status = 'FILED' and i.id % 2 = 0""",
            today);
    return new int[] {opened, grants};
  }

  private static String creditCode(Random random) {
    String first8 = String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
    String body = "52510100" + first8 + CreditCode.organisationCodeCheckChar(first8);
    return body + CreditCode.checkChar(body);
  }
}
