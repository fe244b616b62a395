package io.github.cbcf.model.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Subject;
import io.github.cbcf.model.Subjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The reference of the record format, written from the model itself: {@code docs/record-format.md}
 * (every field of every type a record holds, and the subject catalogue) and the JSON Schema
 * published in the model jar as {@value #SCHEMA_RESOURCE}. Both read the same accessors the {@link
 * RecordReader} checks files against, and the descriptions in {@code record-fields.properties}, so
 * they cannot drift from the model.
 */
public final class RecordFormatReference {
  /** Where the JSON Schema of the record format lies on the classpath. */
  public static final String SCHEMA_RESOURCE = "io/github/cbcf/model/record.schema.json";

  private static final String FIELDS = "record-fields.properties";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RecordFormatReference() {}

  /**
   * @return the value types of a record, the record first, in the order they are first reached
   */
  static List<Class<?>> types() {
    Map<Class<?>, Boolean> seen = new LinkedHashMap<>();
    reach(ForumRecord.class, seen);
    return List.copyOf(seen.keySet());
  }

  private static void reach(Class<?> type, Map<Class<?>, Boolean> seen) {
    if (seen.putIfAbsent(type, true) != null) {
      return;
    }
    for (Type field : ValueSchema.properties(type).values()) {
      Class<?> element = ValueSchema.raw(element(field));
      if (ValueSchema.isValueType(element)) {
        reach(element, seen);
      }
    }
  }

  private static Type element(Type type) {
    Class<?> raw = ValueSchema.raw(type);
    if (raw == Optional.class || List.class.isAssignableFrom(raw)) {
      return ((ParameterizedType) type).getActualTypeArguments()[0];
    }
    return type;
  }

  /**
   * @return the description of every field, keyed {@code Type.field}
   */
  static Properties descriptions() {
    Properties descriptions = new Properties();
    try (InputStream in = RecordFormatReference.class.getResourceAsStream(FIELDS)) {
      descriptions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return descriptions;
  }

  /**
   * @return the fields no description names, as {@code Type.field}; empty when the reference is
   *     complete
   */
  public static List<String> undescribedFields() {
    Properties descriptions = descriptions();
    List<String> missing = new ArrayList<>();
    for (Class<?> type : types()) {
      ValueSchema.properties(type).keySet().stream()
          .map(f -> type.getSimpleName() + "." + f)
          .filter(key -> descriptions.getProperty(key, "").isBlank())
          .forEach(missing::add);
    }
    return missing;
  }

  /**
   * @return {@code docs/record-format.md} as it should read
   */
  public static String markdown() {
    Properties descriptions = descriptions();
    StringBuilder out = new StringBuilder();
    out.append("# Record format\n\n")
        .append(
            "<!-- Generated from the model by RecordFormatReference; do not edit. After changing the model, run\n")
        .append(
            "     mvn -pl cbcf-model test -Dtest=RecordFormatReferenceTest -Dcbcf.updateDocs=true -->\n\n")
        .append(
            "A record is a YAML or JSON file holding one meeting's statement. Every field is listed below, type by ")
        .append(
            "type, starting with the record itself; a field marked *optional* may be left out (a list may be left ")
        .append(
            "out when empty). Any other field is an error. Editors can check a file as it is typed against the JSON ")
        .append("Schema in the model jar, `")
        .append(SCHEMA_RESOURCE)
        .append("`.\n");
    for (Class<?> type : types()) {
      out.append("\n## ")
          .append(type.getSimpleName())
          .append("\n\n")
          .append("| Field | Type | Required | Meaning |\n| --- | --- | --- | --- |\n");
      ValueSchema.properties(type)
          .forEach(
              (field, fieldType) ->
                  out.append("| `")
                      .append(field)
                      .append("` | ")
                      .append(typeName(fieldType))
                      .append(" | ")
                      .append(ValueSchema.isRequired(fieldType) ? "yes" : "optional")
                      .append(" | ")
                      .append(
                          descriptions
                              .getProperty(type.getSimpleName() + "." + field, "")
                              .replace("|", "\\|"))
                      .append(" |\n"));
    }
    out.append(
            "\n## Subjects\n\nThe built-in subject catalogue: the codes an outcome's `subjects` may use without ")
        .append(
            "declaring them under the record's `subjects`, and that the built-in rules look for (`cbcf subjects` ")
        .append("prints the same list).\n\n| Code | Subject |\n| --- | --- |\n");
    for (Subject subject : Subjects.builtIn()) {
      out.append("| `")
          .append(subject.getCode())
          .append("` | ")
          .append(subject.getLabel())
          .append(" |\n");
    }
    return out.toString();
  }

  private static String typeName(Type type) {
    Class<?> raw = ValueSchema.raw(type);
    if (raw == Optional.class) {
      return typeName(element(type));
    }
    if (List.class.isAssignableFrom(raw)) {
      return "list of " + typeName(element(type));
    }
    if (raw.isEnum()) {
      return "one of "
          + String.join(
              ", ", Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    }
    if (raw == LocalDate.class) {
      return "date (YYYY-MM-DD)";
    }
    if (ValueSchema.isValueType(raw)) {
      return "["
          + raw.getSimpleName()
          + "](#"
          + raw.getSimpleName().toLowerCase(java.util.Locale.ROOT)
          + ")";
    }
    return raw == int.class || raw == Integer.class
        ? "integer"
        : raw == boolean.class ? "boolean" : "text";
  }

  /**
   * @return the JSON Schema (draft 2020-12) of a record, as published in the model jar
   */
  public static String jsonSchema() {
    Properties descriptions = descriptions();
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://github.com/cbcf/cbcf/" + SCHEMA_RESOURCE);
    root.put("title", "cbcf forum record");
    root.put("$ref", "#/$defs/ForumRecord");
    ObjectNode defs = root.putObject("$defs");
    for (Class<?> type : types()) {
      ObjectNode def = defs.putObject(type.getSimpleName());
      def.put("type", "object");
      def.put("additionalProperties", false);
      ObjectNode properties = def.putObject("properties");
      ArrayNode required = NODES.arrayNode();
      ValueSchema.properties(type)
          .forEach(
              (field, fieldType) -> {
                ObjectNode property = schemaOf(fieldType);
                property.put(
                    "description",
                    descriptions.getProperty(type.getSimpleName() + "." + field, ""));
                properties.set(field, property);
                if (ValueSchema.isRequired(fieldType)) {
                  required.add(field);
                }
              });
      def.set("required", required);
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
          + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode schemaOf(Type type) {
    Class<?> raw = ValueSchema.raw(type);
    ObjectNode node = NODES.objectNode();
    if (raw == Optional.class) {
      return schemaOf(element(type));
    } else if (List.class.isAssignableFrom(raw)) {
      node.put("type", "array");
      node.set("items", schemaOf(element(type)));
    } else if (raw.isEnum()) {
      node.put("type", "string");
      ArrayNode values = node.putArray("enum");
      Arrays.stream(raw.getEnumConstants()).forEach(c -> values.add(((Enum<?>) c).name()));
    } else if (raw == LocalDate.class) {
      node.put("type", "string");
      node.put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
    } else if (ValueSchema.isValueType(raw)) {
      node.put("$ref", "#/$defs/" + raw.getSimpleName());
    } else if (raw == int.class || raw == Integer.class) {
      node.put("type", "integer");
    } else if (raw == boolean.class || raw == Boolean.class) {
      node.put("type", "boolean");
    } else {
      node.put("type", "string");
    }
    return node;
  }
}
