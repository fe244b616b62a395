package io.github.cbcf.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Binds a parsed tree that {@link ValueSchema#checkShape} passed to a model value through the
 * value's own builder, without Jackson's data binding: building Jackson's deserializers was most of
 * a cold start's reading (about 60 ms of CPU for a record). Jackson and this binder build the very
 * same values, which a test checks on every example record; a tree this binder cannot bind is left
 * to Jackson.
 */
final class TreeBinder {
  /** A value type's builder: how to make one, and its setter for each field of the file. */
  private record Builders(Supplier<Object> create, Map<String, Setter> setters, Method build) {}

  /** A builder's method that sets a field, and the field's type. */
  private record Setter(Method method, Type type) {}

  private static final Map<Class<?>, Optional<Builders>> BUILDERS = new ConcurrentHashMap<>();

  private TreeBinder() {}

  /**
   * @param type a model value type
   * @param node its tree, whose shape is already checked
   * @return the value
   * @throws UnsupportedOperationException when a type in the tree has no builder this binder knows
   *     how to use
   * @throws RuntimeException whatever the value's checks throw when it is built
   */
  static Object bind(Class<?> type, JsonNode node) {
    Builders builders =
        builders(type)
            .orElseThrow(() -> new UnsupportedOperationException(type + " has no builder"));
    Object builder = builders.create().get();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      Setter setter = builders.setters().get(field.getKey());
      if (setter == null) {
        throw new UnsupportedOperationException(type + " has no setter " + field.getKey());
      }
      invoke(setter.method(), builder, value(setter.type(), field.getValue()));
    }
    return invoke(builders.build(), builder);
  }

  private static Object value(Type type, JsonNode node) {
    Class<?> raw = ValueSchema.raw(type);
    if (raw == Optional.class) {
      return node.isNull() ? Optional.empty() : Optional.of(value(argument(type), node));
    }
    if (List.class.isAssignableFrom(raw)) {
      List<Object> elements = new ArrayList<>(node.size());
      for (JsonNode element : node) {
        elements.add(value(argument(type), element));
      }
      return elements;
    }
    if (ValueSchema.isValueType(raw)) {
      return bind(raw, node);
    }
    if (raw.isEnum()) {
      return enumConstant(raw, node.asText());
    }
    if (raw == String.class) {
      return node.asText();
    }
    if (raw == int.class || raw == Integer.class) {
      return node.intValue();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return node.booleanValue();
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse(node.asText());
    }
    throw new UnsupportedOperationException("no binding for " + type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  private static Type argument(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }

  private static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new UnsupportedOperationException(e);
    }
  }

  private static Optional<Builders> builders(Class<?> type) {
    return BUILDERS.computeIfAbsent(type, TreeBinder::findBuilders);
  }

  /**
   * The builder a value type declares ({@code new Outcome.Builder()}), else the generated one
   * ({@code ImmutableFinding.builder()}), with a setter for each field: {@code name(Iterable)} for
   * a list, {@code name(Optional)} for an optional value, {@code name(T)} for anything else.
   */
  private static Optional<Builders> findBuilders(Class<?> type) {
    try {
      Supplier<Object> create = creator(type);
      if (create == null || hasJacksonAnnotatedField(type)) {
        return Optional.empty();
      }
      Class<?> builderType = create.get().getClass();
      Map<String, Setter> setters = new HashMap<>();
      for (Map.Entry<String, Type> property : ValueSchema.properties(type).entrySet()) {
        Class<?> raw = ValueSchema.raw(property.getValue());
        Class<?> parameter =
            List.class.isAssignableFrom(raw)
                ? Iterable.class
                : raw == Optional.class ? Optional.class : raw;
        setters.put(
            property.getKey(),
            new Setter(builderType.getMethod(property.getKey(), parameter), property.getValue()));
      }
      return Optional.of(new Builders(create, Map.copyOf(setters), builderType.getMethod("build")));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A field renamed, ignored or given an alias for Jackson ({@code @JsonProperty("new")}) would be
   * bound differently here: Jackson binds such a type.
   */
  private static boolean hasJacksonAnnotatedField(Class<?> type) {
    for (Method method : type.getMethods()) {
      if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0) {
        for (Annotation annotation : method.getDeclaredAnnotations()) {
          if (annotation.annotationType().getName().startsWith("com.fasterxml.jackson.")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Supplier<Object> creator(Class<?> type) throws ReflectiveOperationException {
    for (Class<?> nested : type.getClasses()) {
      if (nested.getSimpleName().equals("Builder") && !Modifier.isAbstract(nested.getModifiers())) {
        Constructor<?> constructor = nested.getConstructor();
        return () -> construct(constructor);
      }
    }
    JsonDeserialize annotation = type.getAnnotation(JsonDeserialize.class);
    if (annotation == null || annotation.as() == Void.class) {
      return null;
    }
    Method builder = annotation.as().getMethod("builder");
    return () -> invoke(builder, null);
  }

  private static Object construct(Constructor<?> constructor) {
    try {
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new UnsupportedOperationException(e);
    }
  }
}
