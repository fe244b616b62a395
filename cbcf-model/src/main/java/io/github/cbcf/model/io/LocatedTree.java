package io.github.cbcf.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed file as a Jackson tree, with the line and column of every value and every field name,
 * keyed by field path, so that a problem found later (a failed invariant, say) can still be pointed
 * at in the file.
 */
final class LocatedTree {
  private final JsonNode root;
  private final Map<String, JsonLocation> values;
  private final Map<String, JsonLocation> keys;

  LocatedTree(JsonNode root, Map<String, JsonLocation> values, Map<String, JsonLocation> keys) {
    this.root = root;
    this.values = values;
    this.keys = keys;
  }

  JsonNode root() {
    return root;
  }

  /** The location of the value at a path, or of its nearest enclosing value that the file has. */
  JsonLocation valueAt(String path) {
    String at = path;
    while (true) {
      JsonLocation location = values.get(at);
      if (location != null || at.isEmpty()) {
        return location;
      }
      at = parent(at);
    }
  }

  /** The location of a field's name, falling back to its value. */
  JsonLocation keyAt(String path) {
    JsonLocation location = keys.get(path);
    return location != null ? location : valueAt(path);
  }

  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  static String child(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  static String element(String path, int index) {
    return path + "[" + index + "]";
  }
}
