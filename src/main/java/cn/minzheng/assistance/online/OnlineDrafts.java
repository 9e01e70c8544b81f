package cn.minzheng.assistance.online;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.cases.Attachments;
import cn.minzheng.assistance.cases.NewApplication.Upload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen's application in progress: the programme, the answers as typed and the uploaded
 * materials, kept between the steps until the one submit. One draft per citizen.
 */
@Component
public class OnlineDrafts {

  private final JdbcClient jdbc;

  OnlineDrafts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Draft(
      long id,
      long personId,
      AssistanceType type,
      Map<String, String> answers,
      List<DraftFile> files) {

    public String answer(String name) {
      return answers.getOrDefault(name, "");
    }
  }

  public record DraftFile(
      long id, Material material, String fileName, String contentType, int sizeBytes) {

    public String materialLabel() {
      return material.label();
    }
  }

  /** What became of an upload: stored, or the same content was already there. */
  public enum Stored {
    NEW,
    ALREADY_THERE
  }

  /** Starts a new application for the programme, replacing an unfinished one. */
  @Transactional
  public long start(long personId, long accountId, AssistanceType type) {
    jdbc.sql("delete from assistance.online_draft where person_id = ?").param(personId).update();
    return jdbc.sql(
            """
            insert into assistance.online_draft (person_id, account_id, type)
            values (?, ?, ?) returning id""")
        .params(personId, accountId, type.name())
        .query(Long.class)
        .single();
  }

  public Optional<Draft> of(long personId) {
    return jdbc.sql("select id, type from assistance.online_draft where person_id = ?")
        .param(personId)
        .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
        .optional()
        .map(
            row -> {
              long id = (Long) row[0];
              return new Draft(
                  id, personId, AssistanceType.valueOf((String) row[1]), answers(id), files(id));
            });
  }

  /** Keeps the fields as typed; a field left empty is removed (not answered). */
  @Transactional
  public void answer(long draftId, Map<String, String> fields) {
    fields.forEach(
        (name, value) -> {
          if (value == null || value.isBlank()) {
            jdbc.sql("delete from assistance.online_draft_answer where draft_id = ? and name = ?")
                .params(draftId, name)
                .update();
          } else {
            jdbc.sql(
                    """
                    insert into assistance.online_draft_answer (draft_id, name, value)
                    values (?, ?, ?)
                    on conflict (draft_id, name) do update set value = excluded.value""")
                .params(draftId, name, value.strip())
                .update();
          }
        });
    jdbc.sql("update assistance.online_draft set updated_at = now() where id = ?")
        .param(draftId)
        .update();
  }

  /**
   * Stores an uploaded material once: the same content a second time in this application is not
   * stored again. The caller has checked the file ({@link Attachments#problem}).
   */
  @Transactional
  public Stored addFile(long draftId, Material material, Upload upload) {
    int rows =
        jdbc.sql(
                """
                insert into assistance.online_draft_file (draft_id, material, file_name,
                                                          content_type, size_bytes, sha256, content)
                values (?, ?, ?, ?, ?, sha256(?), ?)
                on conflict (draft_id, sha256) do nothing""")
            .params(
                draftId,
                material.name(),
                upload.fileName(),
                Attachments.contentType(upload.content()).orElseThrow(),
                upload.content().length,
                upload.content(),
                upload.content())
            .update();
    return rows == 1 ? Stored.NEW : Stored.ALREADY_THERE;
  }

  public boolean removeFile(long draftId, long fileId) {
    return jdbc.sql("delete from assistance.online_draft_file where draft_id = ? and id = ?")
            .params(draftId, fileId)
            .update()
        == 1;
  }

  /** Moves the draft's files to the filed case in one statement and removes the draft. */
  void fileAway(long draftId, long caseId, String by) {
    jdbc.sql(
            """
            insert into assistance.attachment (case_id, file_name, content_type, size_bytes,
                                               content, uploaded_by, material)
            select ?, file_name, content_type, size_bytes, content, ?, material
              from assistance.online_draft_file where draft_id = ? order by id""")
        .params(caseId, by, draftId)
        .update();
    jdbc.sql("delete from assistance.online_draft where id = ?").param(draftId).update();
  }

  private Map<String, String> answers(long draftId) {
    Map<String, String> answers = new LinkedHashMap<>();
    jdbc.sql("select name, value from assistance.online_draft_answer where draft_id = ?")
        .param(draftId)
        .query(
            rs -> {
              answers.put(rs.getString(1), rs.getString(2));
            });
    return answers;
  }

  private List<DraftFile> files(long draftId) {
    return jdbc.sql(
            """
            select id, material, file_name, content_type, size_bytes
              from assistance.online_draft_file where draft_id = ? order by id""")
        .param(draftId)
        .query(
            (rs, n) ->
                new DraftFile(
                    rs.getLong(1),
                    Material.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getInt(5)))
        .list();
  }
}
