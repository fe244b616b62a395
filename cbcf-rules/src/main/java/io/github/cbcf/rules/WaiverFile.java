package io.github.cbcf.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The content of a waiver file ({@code cbcf-waivers.yaml}), read with {@link Waivers#read}:
 *
 * <pre>
 * waivers:
 *   - fingerprint: 5c1f0e9a7b3d2c41
 *     reason: Sharing is covered by the 2012 privacy principles; counsel reviewed it.
 *     approvedBy: J. Doe, legal
 *     expires: 2027-06-30
 *   - rule: CBCF-AI-001
 *     outcome: oc-ai-focus
 *     reason: Tracked in the AI register.
 *     approvedBy: J. Doe, legal
 *     expires: 2027-01-31
 * </pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWaiverFile.class)
@JsonDeserialize(as = ImmutableWaiverFile.class)
public interface WaiverFile {
  /**
   * @return the waivers, in file order
   */
  List<Waiver> getWaivers();
}
