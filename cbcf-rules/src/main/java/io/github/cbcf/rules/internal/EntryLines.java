package io.github.cbcf.rules.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The line on which each entry of a top-level list starts, so that a warning about one waiver can
 * point at it after the file was read into values.
 */
public final class EntryLines {
  private EntryLines() {}

  /**
   * @param content a YAML or JSON document whose root is an object
   * @param field the top-level field holding the list
   * @param yaml whether the content is YAML
   * @return the 1-based line of each entry, in order; empty when the content does not parse
   */
  public static List<Integer> of(String content, String field, boolean yaml) {
    JsonFactory factory = yaml ? new YAMLFactory() : new JsonFactory();
    List<Integer> lines = new ArrayList<>();
    try (JsonParser parser = factory.createParser(content)) {
      int depth = 0;
      boolean inList = false;
      String name = null;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case FIELD_NAME -> name = depth == 1 ? parser.currentName() : name;
          case START_OBJECT, START_ARRAY -> {
            if (inList && depth == 2) {
              lines.add(parser.currentTokenLocation().getLineNr());
            }
            if (token == JsonToken.START_ARRAY && depth == 1 && field.equals(name)) {
              inList = true;
            }
            depth++;
          }
          case END_OBJECT, END_ARRAY -> {
            depth--;
            if (depth == 1) {
              inList = false;
            }
          }
          default -> {
            if (inList && depth == 2) {
              lines.add(parser.currentTokenLocation().getLineNr());
            }
          }
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return lines;
  }
}
