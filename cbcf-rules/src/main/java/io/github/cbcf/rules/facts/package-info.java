/**
 * The facts rules match on. A review inserts the {@link io.github.cbcf.model.ForumRecord} and one
 * {@link io.github.cbcf.rules.facts.OutcomeInContext} per outcome: the outcome with its meeting,
 * its section, the qualifiers it carries or inherits and the instruments it refers to. A rule emits
 * a {@link io.github.cbcf.rules.facts.Flag} and nothing else; the engine turns flags into findings,
 * reading the rule's metadata. These types are read-only.
 */
package io.github.cbcf.rules.facts;
