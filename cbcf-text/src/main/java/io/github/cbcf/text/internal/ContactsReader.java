package io.github.cbcf.text.internal;

import io.github.cbcf.model.Contact;
import io.github.cbcf.model.Evidence;
import io.github.cbcf.model.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the contacts block: one contact per e-mail address (or per telephone number when there is
 * no address), with the person's name when the first line is one, the role and the office.
 */
final class ContactsReader {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE =
      Pattern.compile(
          "(?:(?:Tel|Tél|Phone|Téléphone)\\.?:?\\s*)?"
              + "\\+?[\\d(][\\d ().-]{6,}\\d(?:\\s*(?:ext|poste)\\.?\\s*\\d+)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}’'-]+(?: (?:\\p{Lu}\\.|\\p{Lu}[\\p{L}’'-]+|de|van|von|da|del|le|la)){1,3}");

  private final LanguageData data;
  private final String text;

  private final LineIndex lines;

  ContactsReader(LanguageData data, String text, LineIndex lines) {
    this.data = data;
    this.text = text;
    this.lines = lines;
  }

  List<Contact> read(List<int[]> lines, List<Evidence> evidence) {
    List<List<int[]>> entries = new ArrayList<>();
    List<int[]> current = new ArrayList<>();
    boolean anyEmail = lines.stream().anyMatch(l -> EMAIL.matcher(words(l)).matches());
    for (int[] line : lines) {
      String words = words(line);
      if (words.matches("-+ ?30 ?-+|#+")) {
        continue;
      }
      current.add(line);
      if (anyEmail ? EMAIL.matcher(words).matches() : PHONE.matcher(words).matches()) {
        entries.add(current);
        current = new ArrayList<>();
      }
    }
    List<Contact> contacts = new ArrayList<>();
    for (List<int[]> entry : entries) {
      String name = null;
      String phone = null;
      String email = null;
      List<String> rest = new ArrayList<>();
      int[] first = entry.get(0);
      for (int[] line : entry) {
        String words = words(line);
        if (EMAIL.matcher(words).matches()) {
          email = words;
        } else if (PHONE.matcher(words).matches()) {
          phone = phone == null ? words : phone;
        } else if (name == null && rest.isEmpty() && isName(words)) {
          name = words;
        } else {
          rest.add(words);
        }
      }
      if (phone == null && email == null || rest.isEmpty() && name == null) {
        continue;
      }
      String role = null;
      String office;
      if (name != null) {
        role = rest.isEmpty() ? null : rest.get(0);
        office = rest.size() > 1 ? String.join(", ", rest.subList(1, rest.size())) : role;
        if (rest.size() <= 1) {
          role = null;
        }
      } else if (rest.size() == 1) {
        office = rest.get(0);
      } else {
        // Without a name, the line that names an organisation is the office; the other is the role.
        int organisation = 0;
        for (int i = 0; i < rest.size(); i++) {
          if (namesOrganisation(rest.get(i))) {
            organisation = i;
            break;
          }
        }
        office = rest.get(organisation);
        List<String> others = new ArrayList<>(rest);
        others.remove(organisation);
        role = String.join(", ", others);
      }
      if (office == null) {
        continue;
      }
      Contact.Builder contact = new Contact.Builder().office(office).personalData(name != null);
      if (name != null) {
        contact.name(name);
      }
      if (role != null && !role.isEmpty()) {
        contact.role(role);
      }
      if (phone != null) {
        contact.phone(phone);
      }
      if (email != null) {
        contact.email(email);
      }
      contacts.add(contact.build());
      String firstWords = words(first);
      evidence.add(
          Evidence.of(
              "contacts",
              name != null ? name : office,
              firstWords,
              this.lines.span(first[0], first[1]),
              "contacts block: one contact per "
                  + (anyEmail ? "e-mail address" : "telephone number")
                  + (name != null ? "; a person's name, so personal data" : "")));
    }
    return contacts;
  }

  private boolean isName(String words) {
    if (!NAME.matcher(words).matches()) {
      return false;
    }
    for (String word : words.split(" ")) {
      if (data.roleWords.contains(word)
          || data.organisationWords.contains(word)
          || data.countries.at(word, 0) != null
          || data.adjectives.at(word, 0) != null) {
        return false;
      }
    }
    return true;
  }

  private boolean namesOrganisation(String words) {
    for (String word : words.split("[ ,]+")) {
      if (data.organisationWords.contains(word) || data.countries.at(word, 0) != null) {
        return true;
      }
    }
    return words.matches("^(U\\.S\\.|US|UK|Canada|Government) .*");
  }

  private String words(int[] line) {
    return text.substring(line[0], line[1]);
  }
}
