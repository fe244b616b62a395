package io.github.cbcf.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API names no Lucene type, so that the text library can change without breaking users.
 */
class PublicApiTest {
  private static final List<Class<?>> PUBLIC_TYPES =
      List.of(
          Lexicon.class,
          LexiconEntry.class,
          LexiconMatch.class,
          LexiconPhrase.class,
          LexiconException.class,
          TagKind.class);

  @Test
  void noPublicSignatureNamesALuceneType() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : PUBLIC_TYPES) {
      assertThat(Modifier.isPublic(type.getModifiers())).as(type + " is public").isTrue();
      Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
          .filter(member -> Modifier.isPublic(member.getModifiers()))
          .forEach(
              member ->
                  signature(member).stream()
                      .filter(t -> t.getName().startsWith("org.apache.lucene"))
                      .forEach(
                          t ->
                              leaks.add(
                                  type.getSimpleName()
                                      + "."
                                      + member.getName()
                                      + " uses "
                                      + t.getName())));
    }

    assertThat(leaks).isEmpty();
  }

  private static List<Class<?>> signature(Executable member) {
    List<Class<?>> types = new ArrayList<>(List.of(member.getParameterTypes()));
    if (member instanceof Method method) {
      types.add(method.getReturnType());
    }
    return types;
  }
}
