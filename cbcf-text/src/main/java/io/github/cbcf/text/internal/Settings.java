package io.github.cbcf.text.internal;

import io.github.cbcf.lexicon.Lexicon;
import io.github.cbcf.text.OutcomeTagger;
import java.util.List;

/** What the person importing a statement told the import, beside the file itself. */
public final class Settings {
  final String language;
  final List<String> parties;
  final String forum;
  final String date;
  final String place;
  final String id;
  final OutcomeTagger tagger;
  final List<Lexicon> lexicons;

  /**
   * Creates settings; null means "find it in the text".
   *
   * @param language BCP 47 language of the statement
   * @param parties ISO codes of the parties, empty to find them in the text
   * @param forum the forum's name
   * @param date the meeting date, ISO 8601
   * @param place where the meeting took place
   * @param id the record's id
   * @param tagger finds subjects and qualifiers
   * @param lexicons the user's own lexicons, which the tagger uses when they are in the statement's
   *     language; the import warns about those that are not
   */
  public Settings(
      String language,
      List<String> parties,
      String forum,
      String date,
      String place,
      String id,
      OutcomeTagger tagger,
      List<Lexicon> lexicons) {
    this.language = language;
    this.parties = List.copyOf(parties);
    this.forum = forum;
    this.date = date;
    this.place = place;
    this.id = id;
    this.tagger = tagger;
    this.lexicons = List.copyOf(lexicons);
  }
}
