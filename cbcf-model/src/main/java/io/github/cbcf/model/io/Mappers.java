package io.github.cbcf.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The Jackson mappers for record files, configured once: which properties, in what form, within
 * what limits.
 */
final class Mappers {
  /** Deep enough for any record; shallow enough that a hostile file cannot exhaust the stack. */
  static final int MAX_NESTING = 64;

  static final JsonMapper JSON =
      configure(
              JsonMapper.builder(
                  com.fasterxml.jackson.core.JsonFactory.builder()
                      .streamReadConstraints(constraints())
                      .build()))
          .build();

  static final YAMLMapper YAML =
      configure(
              YAMLMapper.builder(yamlFactory())
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .disable(YAMLGenerator.Feature.SPLIT_LINES)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                  .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR))
          .build();

  private Mappers() {}

  private static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build();
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(0);
    // Duplicate keys stay allowed here: false would switch on Jackson's strict detection, which
    // stops at the first
    // duplicate as a bare syntax error; TreeParser reports each one with its field path and keeps
    // going.
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(Integer.MAX_VALUE);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(constraints())
        .build();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        // Only the attributes Immutables annotates: derived getters such as isBinding() stay out of
        // files.
        .disable(
            MapperFeature.AUTO_DETECT_GETTERS,
            MapperFeature.AUTO_DETECT_IS_GETTERS,
            MapperFeature.AUTO_DETECT_FIELDS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .serializationInclusion(JsonInclude.Include.NON_EMPTY);
  }

  static ObjectWriter writer(RecordFormat format) {
    if (format == RecordFormat.YAML) {
      return YAML.writer();
    }
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return JSON.writer(printer);
  }

  static ObjectMapper mapper(RecordFormat format) {
    return format == RecordFormat.YAML ? YAML : JSON;
  }
}
