package org.minix3j.servers.vm.space;

import java.util.LinkedHashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.minix3j.servers.vm.memory.FrameAllocator;

/**
 * The texts of live programs by {@link TextKey}, so a second exec of a program maps the frames
 * of the first. A text is registered once its exec image is complete and leaves the registry
 * when its last user releases it.
 */
public final class TextRegistry {
  private final Map<TextKey, SharedText> texts = new LinkedHashMap<>();

  /** The live text of {@code key}, or null. */
  public @Nullable SharedText find(TextKey key) {
    return texts.get(key);
  }

  /** Makes {@code text} findable (replacing nothing: a key already present is left alone). */
  public void register(SharedText text) {
    if (text.key().shareable()) {
      texts.putIfAbsent(text.key(), text);
    }
  }

  /** One more process uses {@code text}. */
  public void use(SharedText text) {
    text.addUser();
  }

  /** One process less uses {@code text}; the last one frees its frames and unregisters it. */
  public void release(SharedText text, FrameAllocator frames) {
    if (text.dropUser()) {
      text.freeFrames(frames);
      texts.remove(text.key(), text);
    }
  }

  /** Frames held by registered texts (what INFO reports as shared text). */
  public int sharedFrames() {
    int count = 0;
    for (SharedText text : texts.values()) {
      count += text.allocatedFrames();
    }
    return count;
  }

  /** Texts registered. */
  public int size() {
    return texts.size();
  }
}
