package dev.gwanyong.admin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A stand-in for DNS, installed for the test JVM through {@code META-INF/services}: names under
 * {@link #ZONE} answer what a test scripted, one answer per lookup and the last one from then on,
 * as a rebinding attacker's server does. Every other name goes to the system's resolver.
 */
public final class ScriptedDns extends InetAddressResolverProvider {

  static final String ZONE = ".rebind.test";

  private static final Map<String, List<InetAddress>> ANSWERS = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> LOOKUPS = new ConcurrentHashMap<>();

  /** From now on {@code name} (which must end in {@link #ZONE}) answers {@code answers} in turn. */
  static void script(String name, List<InetAddress> answers) {
    ANSWERS.put(name, List.copyOf(answers));
    LOOKUPS.put(name, new AtomicInteger());
  }

  /** How often {@code name} was looked up. */
  static int lookups(String name) {
    return LOOKUPS.getOrDefault(name, new AtomicInteger()).get();
  }

  @Override
  public InetAddressResolver get(Configuration configuration) {
    InetAddressResolver system = configuration.builtinResolver();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy)
          throws UnknownHostException {
        if (!host.endsWith(ZONE)) {
          return system.lookupByName(host, policy);
        }
        List<InetAddress> answers = ANSWERS.get(host);
        if (answers == null) {
          throw new UnknownHostException(host);
        }
        int turn = LOOKUPS.get(host).getAndIncrement();
        return Stream.of(answers.get(Math.min(turn, answers.size() - 1)));
      }

      @Override
      public String lookupByAddress(byte[] address) throws UnknownHostException {
        return system.lookupByAddress(address);
      }
    };
  }

  @Override
  public String name() {
    return "scripted DNS for tests";
  }
}
