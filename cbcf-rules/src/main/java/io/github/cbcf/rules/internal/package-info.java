/**
 * The machinery behind {@link io.github.cbcf.rules.Reviewer}, not for use outside cbcf: {@link
 * io.github.cbcf.rules.internal.BuiltInRules} loads the precompiled built-in rules, {@link
 * io.github.cbcf.rules.internal.RuleCompiler} compiles a user's rule files, {@link
 * io.github.cbcf.rules.internal.SessionRunner} runs sessions with a firing limit and names failing
 * rules, and {@link io.github.cbcf.rules.internal.FindingAssembler} turns what rules emitted into
 * ordered reports. Each part takes its inputs as arguments; the types here may change without
 * notice.
 */
package io.github.cbcf.rules.internal;
