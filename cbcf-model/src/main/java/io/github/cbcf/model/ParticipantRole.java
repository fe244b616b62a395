package io.github.cbcf.model;

/** Whether a participant hosted the meeting or came as a guest. */
public enum ParticipantRole {
  /** Hosted the meeting. */
  HOST,
  /** Attended as a guest of the hosts. */
  GUEST
}
