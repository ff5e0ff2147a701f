package dev.gwanyong.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The process's resident memory as the kernel counts it (heap, metaspace, code, mapped index
 * files), which is what an operator's container limit sees; the heap alone understates it.
 */
final class ResidentMemory {

  private static final Path STATUS = Path.of("/proc/self/status");

  private ResidentMemory() {}

  /** "now N MiB, peak M MiB", or why it is unknown on this system. */
  static String describe() {
    try {
      List<String> lines = Files.readAllLines(STATUS);
      return "now %s, peak %s".formatted(mib(lines, "VmRSS:"), mib(lines, "VmHWM:"));
    } catch (IOException | RuntimeException e) {
      return "unknown (no " + STATUS + " on this system)";
    }
  }

  private static String mib(List<String> lines, String key) {
    String kib =
        lines.stream()
            .filter(l -> l.startsWith(key))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no " + key))
            .substring(key.length())
            .replace("kB", "")
            .trim();
    return "%.0f MiB".formatted(Long.parseLong(kib) / 1024.0);
  }
}
