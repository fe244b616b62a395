/**
 * The legal-review engine. A {@link io.github.cbcf.rules.Reviewer} is built once (from the built-in
 * rules, precompiled into Drools' executable model, and any rules of the user's) and shared; its
 * {@link io.github.cbcf.rules.Reviewer#review review} turns a record into a {@link
 * io.github.cbcf.rules.ReviewReport}: the {@link io.github.cbcf.rules.Finding findings}, each with
 * the rule that raised it, the reason, the authorities to check and the exact sentences it rests
 * on. Findings say what may require review; they are not legal advice.
 */
@ValueStyle
package io.github.cbcf.rules;

import io.github.cbcf.model.ValueStyle;
