package io.github.cbcf.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Collects what a session's rules insert, in the order they insert it, less what they delete again.
 * Registered on a session once the given facts are in, it replaces a scan of the session's facts
 * against the set of given ones after firing, which cost every review a hash of every fact.
 */
final class EmittedFacts implements RuleRuntimeEventListener {
  private final List<Object> facts = new ArrayList<>();

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    // Drools raises no event when a fact already in the session is inserted again.
    facts.add(event.getObject());
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    // An update may put a new object in place of the old one under the same handle.
    if (event.getOldObject() != event.getObject()) {
      int at = indexOf(event.getOldObject());
      if (at >= 0) {
        facts.set(at, event.getObject());
      }
    }
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    int at = indexOf(event.getOldObject());
    if (at >= 0) {
      facts.remove(at);
    }
  }

  /**
   * @return what the rules inserted and left in the session, in insertion order
   */
  List<Object> facts() {
    return facts;
  }

  private int indexOf(Object fact) {
    for (int i = facts.size() - 1; i >= 0; i--) {
      if (facts.get(i) == fact) {
        return i;
      }
    }
    return -1;
  }
}
