package io.github.cbcf.model;

/**
 * Which way an outcome looks: forward to something the parties will do, at work they carry on, back
 * at what they did, or at the background against which they speak. Rules meant for commitments may
 * skip or lower outcomes that only report the past or give background.
 */
public enum Orientation {
  /** The parties commit to, plan or call for something still to be done ("agreed to", "will"). */
  FORWARD,
  /** The parties carry on work already under way ("continue"). */
  ONGOING,
  /** The outcome reports what was done ("in previous years has achieved", "have shared"). */
  PAST,
  /** Context or description that binds no one ("the partnership is centered on ..."). */
  BACKGROUND;

  /**
   * @return true when the outcome only reports the past or gives background
   */
  public boolean isRetrospective() {
    return this == PAST || this == BACKGROUND;
  }
}
