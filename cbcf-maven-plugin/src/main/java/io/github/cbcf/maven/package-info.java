/**
 * The cbcf Maven plugin. Its one goal, {@link io.github.cbcf.maven.CheckMojo check} (bound to
 * {@code verify}), reviews the records and statements of a project's {@code src/cbcf} folder with
 * the library, writes the chosen reports under {@code target/cbcf} and fails the build when a
 * finding reaches the configured severity. The other classes are its steps, each taking its inputs
 * as arguments.
 */
package io.github.cbcf.maven;
