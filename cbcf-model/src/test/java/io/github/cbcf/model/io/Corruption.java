package io.github.cbcf.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.cbcf.model.ForumRecord;
import io.github.cbcf.model.Jurisdictions;
import io.github.cbcf.model.Party;
import io.github.cbcf.model.generators.RecordGenerator;
import io.github.cbcf.model.io.RecordTree.Field;
import io.github.cbcf.model.io.RecordTree.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * One change to a valid written record that must make it invalid. Each change is chosen so that no
 * luck can make the result valid again: a renamed field gets a name no model type has, a replaced
 * reference an id the record does not have, a changed offset a value that breaks a span's own
 * invariant or the text it must point at.
 */
enum Corruption {
  DELETE_REQUIRED_FIELD {
    @Override
    Corrupted apply(
        ForumRecord record, String written, RecordFormat format, SplittableRandom random) {
      RecordTree tree = RecordTree.parse(written, format);
      Field field = RecordGenerator.oneOf(random, tree.requiredFields());
      field.owner().remove(field.name());
      return new Corrupted(tree.write(), field.path(), "deleted " + field.path());
    }
  },
  RENAME_FIELD {
    @Override
    Corrupted apply(
        ForumRecord record, String written, RecordFormat format, SplittableRandom random) {
      RecordTree tree = RecordTree.parse(written, format);
      Field field = RecordGenerator.oneOf(random, tree.fields());
      // No field of any model type has an underscore.
      String renamed = field.name() + "_" + (char) ('a' + random.nextInt(26));
      rename(field.owner(), field.name(), renamed);
      String path = RecordTree.child(field.ownerPath(), renamed);
      return new Corrupted(tree.write(), path, "renamed " + field.path() + " to " + renamed);
    }
  },
  GARBAGE_ENUM_VALUE {
    @Override
    Corrupted apply(
        ForumRecord record, String written, RecordFormat format, SplittableRandom random) {
      RecordTree tree = RecordTree.parse(written, format);
      Field field = RecordGenerator.oneOf(random, tree.enumFields());
      String garbage = "NOT_A_" + field.value().asText() + "_" + random.nextInt(1000);
      field.owner().put(field.name(), garbage);
      return new Corrupted(tree.write(), field.path(), "set " + field.path() + " to " + garbage);
    }
  },
  BAD_OFFSET {
    @Override
    Corrupted apply(
        ForumRecord record, String written, RecordFormat format, SplittableRandom random) {
      RecordTree tree = RecordTree.parse(written, format);
      Field location = RecordGenerator.oneOf(random, tree.locations());
      ObjectNode span = (ObjectNode) location.value();
      int start = span.get("start").asInt();
      int end = span.get("end").asInt();
      int line = span.get("line").asInt();
      int sourceLength = record.getSource().getText().length();
      String change;
      switch (random.nextInt(8)) {
        case 0:
          change = "start = -1";
          span.put("start", -1);
          break;
        case 1:
          change = "start + 1";
          span.put("start", start + 1);
          break;
        case 2:
          change = "end = start";
          span.put("end", start);
          break;
        case 3:
          change = "end + 1";
          span.put("end", end + 1);
          break;
        case 4:
          change = "end past the source";
          span.put("end", sourceLength + 1 + random.nextInt(100));
          break;
        case 5:
          change = "line + 1";
          span.put("line", line + 1);
          break;
        case 6:
          change = "line = 0";
          span.put("line", 0);
          break;
        default:
          change = "start = \"soon\"";
          span.put("start", "soon");
          break;
      }
      return new Corrupted(tree.write(), location.path(), location.path() + ": " + change);
    }
  },
  DANGLING_REFERENCE {
    @Override
    Corrupted apply(
        ForumRecord record, String written, RecordFormat format, SplittableRandom random) {
      RecordTree tree = RecordTree.parse(written, format);
      Set<String> parties =
          record.getParties().stream().map(Party::getCode).collect(Collectors.toSet());
      // A real country that is not at the meeting: valid on its own, dangling as a reference.
      List<String> absent =
          Jurisdictions.countryCodes().stream().filter(c -> !parties.contains(c)).toList();
      String stranger = RecordGenerator.oneOf(random, absent);

      List<Reference> references = new ArrayList<>();
      for (Field field : tree.fields()) {
        if (field.shape() == Shape.PARTICIPANT && field.name().equals("jurisdiction")) {
          references.add(new Reference(field.owner(), field.name(), -1, field.path(), stranger));
        } else if (field.shape() == Shape.OUTCOME) {
          switch (field.name()) {
            case "section":
              references.add(
                  new Reference(field.owner(), field.name(), -1, field.path(), "no-such-section"));
              break;
            case "parties":
              addElements(references, field, stranger);
              break;
            case "instruments":
              addElements(references, field, "no-such-instrument");
              break;
            case "subjects":
              addElements(references, field, "undeclared.subject");
              break;
            default:
              break;
          }
        }
      }
      Reference reference = RecordGenerator.oneOf(random, references);
      reference.replace();
      return new Corrupted(
          tree.write(), reference.path(), "pointed " + reference.path() + " at " + reference.to());
    }
  },
  TRUNCATE {
    @Override
    Corrupted apply(
        ForumRecord record, String written, RecordFormat format, SplittableRandom random) {
      // At least one character stays (an empty file concerns no line, and is tested on its own),
      // and at least the
      // final newline and the character before it go: the text then ends before the last outcome
      // does.
      int cut = 1 + random.nextInt(written.length() - 2);
      return new Corrupted(
          written.substring(0, cut), null, "cut at character " + cut + " of " + written.length());
    }
  },
  SYNTAX_ERROR {
    @Override
    Corrupted apply(
        ForumRecord record, String written, RecordFormat format, SplittableRandom random) {
      // Each insert is a whole line at column 0, so it never lands inside a quoted string; at
      // column 0 it also ends
      // any YAML block scalar, and then it cannot start a YAML token, nor stand anywhere in JSON.
      String insert = RecordGenerator.oneOf(random, List.of("]", "}", "\"unterminated", ": :"));
      List<Integer> lineStarts = new ArrayList<>(List.of(0));
      for (int i = 0; i < written.length(); i++) {
        if (written.charAt(i) == '\n') {
          lineStarts.add(i + 1);
        }
      }
      int line = random.nextInt(lineStarts.size());
      int at = lineStarts.get(line);
      String corrupted = written.substring(0, at) + insert + "\n" + written.substring(at);
      // Everything before the insert is a well-formed prefix, so no syntax error can be placed
      // before it.
      return new Corrupted(
          corrupted, null, line + 1, "inserted line '" + insert + "' as line " + (line + 1));
    }
  };

  /**
   * Changes a valid record, as written, into one that must be refused.
   *
   * @param record the record that was written
   * @param written the record written in {@code format}
   * @param format the format
   * @param random where the change falls
   * @return the changed text, and where a problem must be reported
   */
  abstract Corrupted apply(
      ForumRecord record, String written, RecordFormat format, SplittableRandom random);

  /**
   * A corrupted file; the field path where the reader must report a problem (null: anywhere); the
   * first line where a syntax problem can be (0: any); and what changed.
   */
  record Corrupted(String text, String expectedPath, int firstPossibleLine, String description) {
    Corrupted(String text, String expectedPath, String description) {
      this(text, expectedPath, 0, description);
    }
  }

  /**
   * A place that holds an id of something else in the record: a field, or an element of a list
   * field.
   */
  private record Reference(ObjectNode owner, String field, int index, String path, String to) {
    void replace() {
      if (index < 0) {
        owner.put(field, to);
      } else {
        ((ArrayNode) owner.get(field)).set(index, TextNode.valueOf(to));
      }
    }
  }

  private static void addElements(List<Reference> references, Field field, String to) {
    JsonNode list = field.value();
    for (int i = 0; i < list.size(); i++) {
      references.add(
          new Reference(field.owner(), field.name(), i, field.path() + "[" + i + "]", to));
    }
  }

  /** Renames a field in place, keeping the order of the others. */
  private static void rename(ObjectNode owner, String from, String to) {
    Map<String, JsonNode> renamed = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : owner.properties()) {
      renamed.put(entry.getKey().equals(from) ? to : entry.getKey(), entry.getValue());
    }
    owner.removeAll();
    owner.setAll(renamed);
  }
}
