package io.github.cbcf.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of cbcf's value types, declared once and put on each package that holds
 * them: bean-style getters (so rules read {@code kind} and {@code binding} naturally), plain JDK
 * collections, and singular builder methods ({@code addOutcome}) beside the plural ones.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
      "party:parties",
      "jurisdiction:jurisdictions",
      "authority:authorities"
    },
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
