/**
 * The immutable domain model of what a ministerial forum published: a {@link
 * io.github.cbcf.model.ForumRecord} holds the meeting, its parties and participants, the sections
 * of the statement, the outcomes with their exact text and place in the {@link
 * io.github.cbcf.model.SourceDocument}, and the instruments and qualifiers they refer to. Every
 * type is built through its {@code Builder} (or an {@code of(...)} factory) and checks its own
 * invariants when built, with a message that says what to fix. Reading and writing record files
 * lives in {@link io.github.cbcf.model.io}. This package knows nothing of the rule engine.
 */
@ValueStyle
package io.github.cbcf.model;
