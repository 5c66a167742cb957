package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiTest extends LiveServerTest {

    static JsonNode doc;

    @BeforeAll
    static void readDocument() {
        Api.Answer answer = api.get("/api/openapi.json");
        assertEquals(200, answer.status());
        doc = answer.json();
    }

    /** @return "METHOD path" of every route the server answers */
    static Set<String> routes() {
        Set<String> all = new TreeSet<>();
        for (ParsedEndpoint p : live.server().app().unsafe.internalRouter.allHttpHandlers()) {
            HandlerType method = p.endpoint.method;
            if (method.isHttpMethod()) {
                all.add(method.name() + " " + p.endpoint.path);
            }
        }
        return all;
    }

    /** @return "METHOD path" of every operation of the document */
    static Set<String> documented() {
        Set<String> all = new TreeSet<>();
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            doc.get("paths")
                    .get(path)
                    .fieldNames()
                    .forEachRemaining(m -> all.add(m.toUpperCase(Locale.ROOT) + " " + path));
        }
        return all;
    }

    @Test
    void theServedDocumentHoldsUpToTheSpecification() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed =
                new OpenAPIV3Parser().readContents(api.get("/api/openapi.json").body(), null, options);
        assertEquals(List.of(), parsed.getMessages());
        assertTrue(parsed.getOpenAPI() != null && parsed.getOpenAPI().getPaths().size() >= 8);
        // The API has no access control, and says so rather than leaving security undeclared.
        assertTrue(doc.get("security").isArray() && doc.get("security").isEmpty(), "security: []");
        parsed.getOpenAPI()
                .getPaths()
                .forEach((path, item) -> item.readOperations()
                        .forEach(op -> assertTrue(
                                op.getResponses().keySet().stream().anyMatch(code -> code.startsWith("4")),
                                path + " " + op.getOperationId() + " documents a 4XX answer")));
    }

    @Test
    void everyRouteIsDocumentedAndNothingElse() {
        Set<String> routes = routes();
        assertTrue(routes.size() >= 8, routes.toString());
        assertEquals(routes, documented());
    }

    @Test
    void documentIsOpenApi3WithParametersAndResponses() {
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (String op : documented()) {
            String[] parts = op.split(" ", 2);
            JsonNode operation = doc.get("paths").get(parts[1]).get(parts[0].toLowerCase(Locale.ROOT));
            assertTrue(operation.has("responses") && operation.get("responses").has("200"), op);
            for (String param : parts[1].split("/")) {
                if (param.startsWith("{")) {
                    String name = param.substring(1, param.length() - 1);
                    boolean declared = false;
                    for (JsonNode p : operation.path("parameters")) {
                        declared |= p.get("in").asText().equals("path")
                                && p.get("name").asText().equals(name);
                    }
                    assertTrue(declared, op + " declares " + name);
                }
            }
        }
    }

    @Test
    void answersHaveTheDocumentedShapes() throws Exception {
        JsonNode hit = StatementsApiTest.items(api.get("/api/statements?size=100")).stream()
                .filter(h -> h.hasNonNull("speakerId"))
                .findFirst()
                .orElseThrow();
        String speaker = Api.enc(hit.get("speakerId").asText());
        List<String> problems = new ArrayList<>();
        problems.addAll(check("/api/statements", 200, api.get("/api/statements?size=100")));
        problems.addAll(check("/api/statements", 400, api.get("/api/statements?from=nope")));
        problems.addAll(check("/api/speakers", 200, api.get("/api/speakers?size=100")));
        problems.addAll(check("/api/speakers/{id}", 200, api.get("/api/speakers/" + speaker)));
        problems.addAll(check("/api/speakers/{id}", 404, api.get("/api/speakers/nobody")));
        problems.addAll(check("/api/articles", 200, api.get("/api/articles")));
        for (String id : List.of(LiveServer.SEED, LiveServer.COUNCIL, LiveServer.HOSTILE)) {
            problems.addAll(check("/api/articles/{id}", 200, api.get("/api/articles/" + id)));
        }
        problems.addAll(check("/api/counts", 200, api.get("/api/counts")));
        String body = new ObjectMapper()
                .createObjectNode()
                .put("text", LiveServer.resource(LiveServer.COUNCIL))
                .put("published", "2023-05-10")
                .toString();
        problems.addAll(check("/api/extract", 200, api.post("/api/extract", "application/json", body)));
        problems.addAll(check(
                "/api/extract",
                413,
                api.post("/api/extract", "text/plain", "y".repeat((int) ServerConfig.DEFAULT_MAX_BODY_BYTES + 10))));
        assertEquals(List.of(), problems);
    }

    List<String> check(String path, int status, Api.Answer answer) {
        String method = answer.response().request().method().toLowerCase(Locale.ROOT);
        assertEquals(status, answer.status(), path);
        JsonNode response =
                doc.get("paths").get(path).get(method).get("responses").get(String.valueOf(status));
        assertFalse(response == null, method + " " + path + " documents " + status);
        JsonNode schema = response.get("content").get("application/json").get("schema");
        return new SchemaCheck(doc).check(answer.json(), schema, method + " " + path + " " + status);
    }
}
