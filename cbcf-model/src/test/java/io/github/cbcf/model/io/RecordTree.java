package io.github.cbcf.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A written record parsed back into a Jackson tree, with every field of every mapping known by its
 * field path and by the model type it belongs to, so that a test can change exactly one thing and
 * know where the reader must report it. The table of required, enum and reference fields is written
 * out by hand from the model's interfaces: it is an oracle for the reader, so it must not be
 * derived the way the reader derives it.
 */
final class RecordTree {
  /** The model type a mapping in the file stands for. */
  enum Shape {
    RECORD(Set.of("id", "forum", "date", "place", "source"), Set.of()),
    PARTY(Set.of("code", "name"), Set.of()),
    PARTICIPANT(Set.of("id", "name", "title", "jurisdiction", "role"), Set.of("role")),
    INSTRUMENT(Set.of("id", "title", "kind", "status", "named"), Set.of("kind", "status")),
    SECTION(Set.of("id", "title"), Set.of()),
    QUALIFIER(Set.of("kind", "text"), Set.of("kind")),
    SUBJECT(Set.of("code", "label"), Set.of()),
    OUTCOME(Set.of("id", "section", "kind", "text", "location"), Set.of("kind")),
    CONTACT(Set.of("office", "personalData"), Set.of()),
    SOURCE(Set.of("title", "language", "text"), Set.of()),
    SPAN(Set.of("start", "end", "line"), Set.of());

    private final Set<String> required;
    private final Set<String> enums;

    Shape(Set<String> required, Set<String> enums) {
      this.required = required;
      this.enums = enums;
    }

    static Shape at(String path) {
      if (path.isEmpty()) {
        return RECORD;
      }
      if (path.equals("source")) {
        return SOURCE;
      }
      if (path.endsWith(".location")) {
        return SPAN;
      }
      if (path.matches("(.*\\.)?qualifiers\\[\\d+]")) {
        return QUALIFIER;
      }
      String list = path.replaceAll("\\[\\d+]$", "");
      switch (list) {
        case "parties":
          return PARTY;
        case "participants":
          return PARTICIPANT;
        case "instruments":
          return INSTRUMENT;
        case "sections":
          return SECTION;
        case "subjects":
          return SUBJECT;
        case "outcomes":
          return OUTCOME;
        case "contacts":
          return CONTACT;
        default:
          throw new IllegalStateException("no model type is written at " + path);
      }
    }
  }

  /** One field of one mapping. */
  record Field(ObjectNode owner, String ownerPath, Shape shape, String name) {
    String path() {
      return child(ownerPath, name);
    }

    JsonNode value() {
      return owner.get(name);
    }
  }

  private final RecordFormat format;
  private final ObjectNode root;
  private final List<Field> fields = new ArrayList<>();

  private RecordTree(RecordFormat format, ObjectNode root) {
    this.format = format;
    this.root = root;
    collect(root, "");
  }

  static RecordTree parse(String written, RecordFormat format) {
    try {
      return new RecordTree(format, (ObjectNode) Mappers.mapper(format).readTree(written));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("the record as written does not parse", e);
    }
  }

  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private void collect(ObjectNode object, String path) {
    Shape shape = Shape.at(path);
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      fields.add(new Field(object, path, shape, entry.getKey()));
      String childPath = child(path, entry.getKey());
      JsonNode value = entry.getValue();
      if (value.isObject()) {
        collect((ObjectNode) value, childPath);
      } else if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          if (value.get(i).isObject()) {
            collect((ObjectNode) value.get(i), childPath + "[" + i + "]");
          }
        }
      }
    }
  }

  ObjectNode root() {
    return root;
  }

  /**
   * @return every field of every mapping, in file order
   */
  List<Field> fields() {
    return fields;
  }

  /**
   * @return the fields that the model requires and the file has
   */
  List<Field> requiredFields() {
    return fields.stream().filter(f -> f.shape().required.contains(f.name())).toList();
  }

  /**
   * @return the fields whose values are enum constants
   */
  List<Field> enumFields() {
    return fields.stream().filter(f -> f.shape().enums.contains(f.name())).toList();
  }

  /**
   * @return the mappings that hold offsets, as the field that holds each
   */
  List<Field> locations() {
    return fields.stream().filter(f -> f.name().equals("location")).toList();
  }

  /**
   * @return the tree written in its format, as the record writer would
   */
  String write() {
    try {
      String text = Mappers.writer(format).writeValueAsString(root);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
