package org.whosaid.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks a JSON value against a schema of an OpenAPI 3.0 document: types, nullable, required and
 * declared properties (no others where {@code additionalProperties} is false), array items, enums,
 * {@code $ref} and {@code allOf}. Enough to tell whether the document describes the answers.
 */
final class SchemaCheck {

    private final JsonNode document;
    private final List<String> problems = new ArrayList<>();

    SchemaCheck(JsonNode document) {
        this.document = document;
    }

    /**
     * @param value a JSON value
     * @param schema the schema it should meet
     * @param where a path for messages
     * @return the problems found (empty where the value meets the schema)
     */
    List<String> check(JsonNode value, JsonNode schema, String where) {
        problems.clear();
        walk(value, schema, where);
        return List.copyOf(problems);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            JsonNode target = document;
            for (String part : s.get("$ref").asText().substring(2).split("/")) {
                target = target.get(part);
            }
            s = target;
        }
        return s;
    }

    private void walk(JsonNode value, JsonNode raw, String where) {
        JsonNode schema = resolve(raw);
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(where + ": null where the schema does not allow it");
            }
            return;
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(part -> walk(value, part, where));
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= option.equals(value);
            }
            if (!found) {
                problems.add(where + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> object(value, schema, where);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(where + ": expected an array, got " + value.getNodeType());
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    walk(value.get(i), schema.get("items"), where + "[" + i + "]");
                }
            }
            case "string" -> expect(value.isTextual(), where, "a string", value);
            case "integer" -> expect(value.isIntegralNumber(), where, "an integer", value);
            case "number" -> expect(value.isNumber(), where, "a number", value);
            case "boolean" -> expect(value.isBoolean(), where, "a boolean", value);
            default -> problems.add(where + ": the schema gives no type");
        }
    }

    private void object(JsonNode value, JsonNode schema, String where) {
        if (!value.isObject()) {
            problems.add(where + ": expected an object, got " + value.getNodeType());
            return;
        }
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(where + ": required property '" + required.asText() + "' is missing");
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (properties.has(name)) {
                walk(value.get(name), properties.get(name), where + "." + name);
            } else if (additional != null && additional.isObject()) {
                walk(value.get(name), additional, where + "." + name);
            } else if (additional != null && !additional.asBoolean(true)) {
                problems.add(where + ": property '" + name + "' is not in the schema");
            }
        }
    }

    private void expect(boolean ok, String where, String what, JsonNode value) {
        if (!ok) {
            problems.add(where + ": expected " + what + ", got " + value);
        }
    }
}
