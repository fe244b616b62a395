/**
 * Reading and writing model values as YAML and JSON files. {@link
 * io.github.cbcf.model.io.RecordReader} reads a record (or any model value) from a path, a stream
 * or a string and reports every problem it finds together, each with file, line, column, field path
 * and what to do, in an {@link io.github.cbcf.model.io.InvalidRecordException}. {@link
 * io.github.cbcf.model.io.RecordWriter} writes values back, byte-stable, so that a read followed by
 * a write gives the same file.
 */
package io.github.cbcf.model.io;
