package io.github.cbcf.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cbcf.Problem;
import io.github.cbcf.model.ModelViolationException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks a parsed file against the shape of a model type, read from the type's own accessors, so
 * that the files and the model cannot drift apart. It reports every unknown field, missing field,
 * wrong kind of value and unknown enum value, then builds the values bottom-up so that every failed
 * invariant is reported too.
 */
final class ValueSchema {
  private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

  private final LocatedTree tree;
  private final Problems problems;
  private final ObjectMapper mapper;

  ValueSchema(LocatedTree tree, Problems problems, ObjectMapper mapper) {
    this.tree = tree;
    this.problems = problems;
    this.mapper = mapper;
  }

  /** Tells whether a type is a model value read from a mapping of fields. */
  static boolean isValueType(Class<?> type) {
    return type.isInterface() && type.isAnnotationPresent(JsonDeserialize.class);
  }

  /**
   * The file's fields of a value type, by name, in name order: one per abstract {@code get*}/{@code
   * is*}.
   */
  static Map<String, Type> properties(Class<?> type) {
    return PROPERTIES.computeIfAbsent(
        type,
        t -> {
          Map<String, Type> byName = new TreeMap<>();
          for (Method method : t.getMethods()) {
            if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0) {
              String name = method.getName();
              int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : -1;
              if (prefix > 0 && name.length() > prefix) {
                String field =
                    Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
                byName.put(field, method.getGenericReturnType());
              }
            }
          }
          return byName;
        });
  }

  static boolean isRequired(Type type) {
    Class<?> raw = raw(type);
    return !(raw == Optional.class || List.class.isAssignableFrom(raw));
  }

  static Class<?> raw(Type type) {
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    return (Class<?>) type;
  }

  private static Type argument(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }

  // ---- shape
  // -----------------------------------------------------------------------------------------

  void checkShape(Type type, JsonNode node, String path) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      if (!node.isNull()) {
        checkShape(argument(type), node, path);
      }
    } else if (node.isNull()) {
      problems.add(tree.valueAt(path), path, "has no value: give " + describe(type));
    } else if (List.class.isAssignableFrom(raw)) {
      if (!node.isArray()) {
        problems.add(tree.valueAt(path), path, "must be a list of " + describe(argument(type)));
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        checkShape(argument(type), node.get(i), LocatedTree.element(path, i));
      }
    } else if (isValueType(raw)) {
      checkFields(raw, node, path);
    } else if (raw.isEnum()) {
      checkEnum(raw, node, path);
    } else if (raw == String.class) {
      require(node.isTextual() || node.isNumber(), path, "must be text");
    } else if (raw == int.class || raw == Integer.class) {
      require(node.isIntegralNumber() && node.canConvertToInt(), path, "must be a whole number");
    } else if (raw == boolean.class || raw == Boolean.class) {
      require(node.isBoolean(), path, "must be true or false");
    } else if (raw == LocalDate.class) {
      require(node.isTextual() && isDate(node.asText()), path, "must be a date written YYYY-MM-DD");
    } else {
      throw new IllegalStateException("record files do not support " + type + " at " + path);
    }
  }

  private void checkFields(Class<?> type, JsonNode node, String path) {
    Map<String, Type> properties = properties(type);
    if (!node.isObject()) {
      problems.add(
          tree.valueAt(path),
          path,
          "must be a mapping with the fields of "
              + type.getSimpleName()
              + ": "
              + String.join(", ", properties.keySet()));
      return;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      String childPath = LocatedTree.child(path, name);
      if (!properties.containsKey(name)) {
        problems.add(
            tree.keyAt(childPath),
            childPath,
            "unknown field '"
                + name
                + "' in "
                + type.getSimpleName()
                + "; allowed: "
                + String.join(", ", properties.keySet())
                + NearestMatch.among(name, properties.keySet())
                    .map(m -> "; did you mean '" + m + "'?")
                    .orElse(""));
      } else {
        checkShape(properties.get(name), node.get(name), childPath);
      }
    }
    properties.forEach(
        (name, propertyType) -> {
          if (isRequired(propertyType) && !node.has(name)) {
            problems.add(
                tree.valueAt(path),
                LocatedTree.child(path, name),
                "missing field '"
                    + name
                    + "' of "
                    + type.getSimpleName()
                    + ": add it, "
                    + describe(propertyType));
          }
        });
  }

  private void checkEnum(Class<?> type, JsonNode node, String path) {
    List<String> allowed =
        Arrays.stream(type.getEnumConstants())
            .map(c -> ((Enum<?>) c).name())
            .collect(Collectors.toList());
    if (node.isTextual() && allowed.contains(node.asText())) {
      return;
    }
    String typed = node.asText();
    problems.add(
        tree.valueAt(path),
        path,
        "unknown "
            + type.getSimpleName()
            + " '"
            + typed
            + "'; allowed: "
            + String.join(", ", allowed),
        NearestMatch.among(typed, allowed).map(m -> "did you mean " + m + "?"));
  }

  private void require(boolean holds, String path, String message) {
    if (!holds) {
      problems.add(tree.valueAt(path), path, message);
    }
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String describe(Type type) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      return describe(argument(type));
    }
    if (List.class.isAssignableFrom(raw)) {
      return "a list of " + describe(argument(type));
    }
    if (isValueType(raw)) {
      return "a " + raw.getSimpleName() + " mapping";
    }
    if (raw.isEnum()) {
      return "one of "
          + Arrays.stream(raw.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
    }
    if (raw == int.class || raw == Integer.class) {
      return "a whole number";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "true or false";
    }
    if (raw == LocalDate.class) {
      return "a date written YYYY-MM-DD";
    }
    return "text";
  }

  // ---- values
  // ----------------------------------------------------------------------------------------

  /**
   * Builds a whole value: in one pass when it is valid, which almost every value read is; else
   * again part by part ({@link #build}), so that each broken part is reported at its own path.
   * Returns null when anything failed.
   */
  Object buildWhole(Class<?> type, JsonNode root) {
    try {
      return TreeBinder.bind(type, root);
    } catch (UnsupportedOperationException e) {
      // A type the binder does not know how to build: Jackson binds it below.
    } catch (RuntimeException e) {
      // A failed check: Jackson builds it again part by part, to report each failure at its path.
      return build(type, root, "");
    }
    try {
      // Building part by part converts each part once for every value that holds it (a location
      // four times over): only a failure needs that.
      return mapper.treeToValue(root, type);
    } catch (JsonProcessingException
        | IllegalArgumentException
        | IllegalStateException
        | ModelViolationException e) {
      return build(type, root, "");
    }
  }

  /**
   * Builds the value at a path after its children, so a broken child is reported on its own and its
   * parent is not built at all (the parent's checks would only repeat it). Returns null when
   * anything failed.
   */
  Object build(Type type, JsonNode node, String path) {
    Class<?> raw = raw(type);
    boolean childrenBuilt = true;
    if (raw == Optional.class && !node.isNull()) {
      return build(argument(type), node, path) == null ? null : node;
    }
    if (List.class.isAssignableFrom(raw)) {
      for (int i = 0; i < node.size(); i++) {
        childrenBuilt &= build(argument(type), node.get(i), LocatedTree.element(path, i)) != null;
      }
      return childrenBuilt ? node : null;
    }
    if (!isValueType(raw)) {
      return node;
    }
    for (Map.Entry<String, Type> property : properties(raw).entrySet()) {
      JsonNode child = node.get(property.getKey());
      if (child != null) {
        childrenBuilt &=
            build(property.getValue(), child, LocatedTree.child(path, property.getKey())) != null;
      }
    }
    if (!childrenBuilt) {
      return null;
    }
    try {
      return mapper.treeToValue(node, raw);
    } catch (JsonProcessingException
        | IllegalArgumentException
        | IllegalStateException
        | ModelViolationException e) {
      report(e, path);
      return null;
    }
  }

  private void report(Exception failure, String path) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ModelViolationException) {
        for (Problem violation : ((ModelViolationException) cause).getProblems()) {
          String at = violation.under(path).getPath();
          problems.add(tree.valueAt(at), at, violation.getMessage(), violation.getSuggestion());
        }
        return;
      }
    }
    // A check that throws its own exception says what is wrong in its message; Jackson's wrapping
    // does not.
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message =
        cause != failure && cause.getMessage() != null
            ? cause.getMessage()
            : failure instanceof JsonProcessingException
                ? ((JsonProcessingException) failure).getOriginalMessage()
                : failure.getMessage();
    problems.add(tree.valueAt(path), path, message);
  }
}
