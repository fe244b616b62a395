package io.github.cbcf.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML or JSON into a {@link LocatedTree}, token by token, so that every value keeps its
 * place in the file. Duplicate keys and YAML aliases are reported here: Jackson would otherwise
 * keep the last key silently, and an alias could expand a small file into a huge one.
 */
final class TreeParser {
  private final Problems problems;
  private final Map<String, JsonLocation> values = new HashMap<>();
  private final Map<String, JsonLocation> keys = new HashMap<>();
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  private TreeParser(Problems problems) {
    this.problems = problems;
  }

  /** Parses the whole text; returns null (with problems added) when it is not well-formed. */
  static LocatedTree parse(String content, RecordFormat format, Problems problems) {
    TreeParser parser = new TreeParser(problems);
    JsonParser[] current = new JsonParser[1];
    try (JsonParser tokens = Mappers.mapper(format).createParser(content)) {
      current[0] = tokens;
      JsonToken first = tokens.nextToken();
      if (first == null) {
        problems.add(
            null,
            "",
            "the file is empty: a record is a mapping that starts with id, forum and date");
        return null;
      }
      JsonNode root = parser.value(tokens, "");
      if (tokens.nextToken() != null) {
        problems.add(
            tokens.currentTokenLocation(),
            "",
            "the file holds more than one document: write one record per file");
      }
      return new LocatedTree(root, parser.values, parser.keys);
    } catch (JsonProcessingException e) {
      String what = format == RecordFormat.YAML ? "YAML" : "JSON";
      JsonLocation at = errorLocation(e);
      // Limits (number length, nesting depth) are thrown without a place: the parser still knows
      // where it stood.
      if ((at == null || at.getLineNr() <= 0) && current[0] != null) {
        at = current[0].currentLocation();
      }
      problems.add(
          at,
          "",
          "not well-formed "
              + what
              + ": "
              + plain(e.getOriginalMessage())
              + "; fix the syntax at this place");
      return null;
    } catch (IOException e) {
      problems.add(null, "", "could not be read: " + e.getMessage());
      return null;
    }
  }

  /**
   * Where a syntax error is. For YAML, Jackson gives where its parser last stood, which can be the
   * line before the error; SnakeYAML's problem mark (0-based) is where the error is.
   */
  private static JsonLocation errorLocation(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException) {
      Mark mark = ((MarkedYAMLException) e.getCause()).getProblemMark();
      if (mark != null) {
        return new JsonLocation(
            ContentReference.unknown(), -1L, mark.getLine() + 1, mark.getColumn() + 1);
      }
    }
    return e.getLocation();
  }

  private static String plain(String message) {
    return message == null ? "syntax error" : message.replaceAll("\\s+", " ").trim();
  }

  private JsonNode value(JsonParser tokens, String path) throws IOException {
    values.put(path, tokens.currentTokenLocation());
    if (tokens instanceof YAMLParser && ((YAMLParser) tokens).isCurrentAlias()) {
      problems.add(
          tokens.currentTokenLocation(),
          path,
          "YAML aliases (*"
              + tokens.getText()
              + ") are not allowed in record files: write the value out in full");
      return nodes.nullNode();
    }
    switch (tokens.currentToken()) {
      case START_OBJECT:
        return object(tokens, path);
      case START_ARRAY:
        return array(tokens, path);
      case VALUE_STRING:
        return nodes.textNode(tokens.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return number(tokens, path);
      case VALUE_TRUE:
        return nodes.booleanNode(true);
      case VALUE_FALSE:
        return nodes.booleanNode(false);
      case VALUE_NULL:
        return nodes.nullNode();
      default:
        problems.add(
            tokens.currentTokenLocation(),
            path,
            "this kind of value ("
                + tokens.currentToken()
                + ") is not allowed in record files: write text");
        return nodes.nullNode();
    }
  }

  /**
   * A number the JDK cannot hold (an exponent past int range) is a problem of the file, not a
   * crash.
   */
  private JsonNode number(JsonParser tokens, String path) throws IOException {
    try {
      return tokens.currentToken() == JsonToken.VALUE_NUMBER_INT
          ? nodes.numberNode(tokens.getBigIntegerValue())
          : nodes.numberNode(tokens.getDecimalValue());
    } catch (NumberFormatException | ArithmeticException e) {
      problems.add(
          tokens.currentTokenLocation(),
          path,
          "the number "
              + excerpt(tokens.getText())
              + " is out of range: write a smaller number, or text in quotes");
      return nodes.nullNode();
    }
  }

  /** Keeps messages one short line whatever the file holds. */
  private static String excerpt(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  private ObjectNode object(JsonParser tokens, String path) throws IOException {
    ObjectNode object = nodes.objectNode();
    while (tokens.nextToken() == JsonToken.FIELD_NAME) {
      String name = tokens.currentName();
      String childPath = LocatedTree.child(path, name);
      JsonLocation keyLocation = tokens.currentTokenLocation();
      tokens.nextToken();
      boolean duplicate = object.has(name);
      JsonLocation firstKey = keys.get(childPath);
      // A duplicate's value is parsed (to report problems inside it) under a path of its own.
      JsonNode child = value(tokens, duplicate ? childPath + "(again)" : childPath);
      if (duplicate) {
        problems.add(
            keyLocation,
            childPath,
            "the field '"
                + name
                + "' appears twice (first at line "
                + (firstKey == null ? "?" : firstKey.getLineNr())
                + "): keep one");
      } else {
        keys.put(childPath, keyLocation);
        object.set(name, child);
      }
    }
    return object;
  }

  private ArrayNode array(JsonParser tokens, String path) throws IOException {
    ArrayNode array = nodes.arrayNode();
    while (tokens.nextToken() != JsonToken.END_ARRAY) {
      array.add(value(tokens, LocatedTree.element(path, array.size())));
    }
    return array;
  }
}
