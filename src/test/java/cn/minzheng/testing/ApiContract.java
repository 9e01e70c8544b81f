package cn.minzheng.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A real answer of the API checked against the OpenAPI document the same application publishes
 * (Atlassian's swagger-request-validator): status documented, body matching the documented schema,
 * so the document cannot drift from the code. The document is read once per application context.
 */
public final class ApiContract {

  private static String document;
  private static OpenApiInteractionValidator validator;

  private ApiContract() {}

  /** Fails with the validator's messages unless the answer is what the document says. */
  public static void assertConforms(MockMvc mvc, MvcResult result) throws Exception {
    MockHttpServletRequest request = result.getRequest();
    MockHttpServletResponse response = result.getResponse();
    SimpleResponse.Builder answer =
        SimpleResponse.Builder.status(response.getStatus())
            .withBody(response.getContentAsString(StandardCharsets.UTF_8));
    if (response.getContentType() != null) {
      answer.withContentType(response.getContentType());
    }
    ValidationReport report =
        validator(mvc)
            .validateResponse(
                request.getRequestURI(),
                Request.Method.valueOf(request.getMethod()),
                answer.build());
    assertThat(report.getMessages())
        .as(
            "%s %s answered %s, not as /api/v1/openapi documents it",
            request.getMethod(), request.getRequestURI(), response.getStatus())
        .isEmpty();
  }

  private static synchronized OpenApiInteractionValidator validator(MockMvc mvc) throws Exception {
    String current =
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/openapi"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    if (validator == null || !current.equals(document)) {
      document = current;
      validator = OpenApiInteractionValidator.createForInlineApiSpecification(current).build();
    }
    return validator;
  }
}
