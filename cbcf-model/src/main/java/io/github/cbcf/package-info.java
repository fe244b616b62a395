/**
 * What every part of cbcf shares: {@link io.github.cbcf.CbcfException}, the base of every exception
 * cbcf throws, and {@link io.github.cbcf.Problem}, the one shape of a located problem in a user's
 * input (file, line, column, path, message, suggestion). Catch {@code CbcfException} and print its
 * problems to report any failure the same way.
 */
package io.github.cbcf;
