package io.github.cbcf.lexicon;

import java.util.List;

/** An entry as read from its file, with its phrases and negative contexts turned into stems. */
final class CompiledEntry {
  final LexiconEntry entry;
  final List<CompiledPhrase> phrases;

  CompiledEntry(LexiconEntry entry, List<CompiledPhrase> phrases) {
    this.entry = entry;
    this.phrases = List.copyOf(phrases);
  }
}
