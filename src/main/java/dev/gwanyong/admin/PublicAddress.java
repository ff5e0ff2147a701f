package dev.gwanyong.admin;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * Whether an address is on the public internet, for URL ingestion. An IPv6 address that carries an
 * IPv4 one (IPv4-compatible, -mapped and -translated forms, NAT64, 6to4, Teredo) is judged by the
 * IPv4 address it reaches, so {@code ::127.0.0.1} or {@code 64:ff9b::a9fe:a9fe} cannot pass for
 * public. {@link CheckedResolver} applies the rule where a connection is made.
 */
final class PublicAddress {

  private PublicAddress() {}

  static boolean isPublic(InetAddress address) {
    Optional<Inet4Address> embedded = embeddedIpv4(address);
    if (embedded.isPresent()) {
      return isPublic(embedded.get());
    }
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first != 0 // "this network"
          && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
          && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          && !(first == 198 && (second == 18 || second == 19)) // benchmarking
          && first < 240; // reserved and broadcast
    }
    if (address instanceof Inet6Address) {
      return (b[0] & 0xfe) != 0xfc // unique local fc00::/7
          // the rest of 64:ff9b::/32 (the /96 is handled above): local-use NAT64, whose IPv4 part
          // may sit anywhere
          && !(b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b);
    }
    return true;
  }

  /** The IPv4 address an IPv6 one stands for, by the prefix that says so. */
  static Optional<Inet4Address> embeddedIpv4(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return Optional.empty();
    }
    byte[] b = address.getAddress();
    boolean zeros80 = zero(b, 0, 10);
    if (zeros80 && zero(b, 10, 12) && !zero(b, 12, 15)) {
      return ipv4(b, 12, 0); // ::a.b.c.d, IPv4-compatible (:: and ::1 are left to the IPv6 rules)
    }
    if (zeros80 && ones(b, 10, 12)) {
      return ipv4(b, 12, 0); // ::ffff:a.b.c.d, IPv4-mapped
    }
    if (zero(b, 0, 8) && ones(b, 8, 10) && zero(b, 10, 12)) {
      return ipv4(b, 12, 0); // ::ffff:0:a.b.c.d, IPv4-translated
    }
    if (b[0] == 0
        && b[1] == 0x64
        && (b[2] & 0xff) == 0xff
        && (b[3] & 0xff) == 0x9b
        && zero(b, 4, 12)) {
      return ipv4(b, 12, 0); // 64:ff9b::a.b.c.d, NAT64
    }
    if (b[0] == 0x20 && b[1] == 0x02) {
      return ipv4(b, 2, 0); // 2002:aabb:ccdd::, 6to4
    }
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
      return ipv4(b, 12, 0xff); // 2001:0::, Teredo: the client's address, each bit inverted
    }
    return Optional.empty();
  }

  /**
   * The one lookup of a host for a connection: every address must be public, and the connection is
   * made to these addresses and no others.
   */
  record CheckedResolver(boolean allowPrivate) implements SocketAddressResolver {
    @Override
    public void resolve(
        String host,
        int port,
        Map<String, Object> context,
        Promise<List<InetSocketAddress>> promise) {
      try {
        // A bracketed IPv6 literal comes with its brackets.
        String name =
            host.startsWith("[") && host.endsWith("]")
                ? host.substring(1, host.length() - 1)
                : host;
        List<InetSocketAddress> checked = new ArrayList<>();
        for (InetAddress address : InetAddress.getAllByName(name)) {
          if (!allowPrivate && !PublicAddress.isPublic(address)) {
            promise.failed(new NotPublic(host, address));
            return;
          }
          checked.add(new InetSocketAddress(address, port));
        }
        promise.succeeded(checked);
      } catch (UnknownHostException e) {
        promise.failed(e);
      }
    }
  }

  /** A host that resolved to an address that is not public. */
  static final class NotPublic extends IOException {
    private static final long serialVersionUID = 1L;

    NotPublic(String host, InetAddress address) {
      super(
          host
              + " resolves to a private or local address ("
              + address.getHostAddress()
              + "); only public web pages can be added.");
    }
  }

  private static boolean zero(byte[] b, int from, int to) {
    return Arrays.mismatch(b, from, to, new byte[to - from], 0, to - from) < 0;
  }

  private static boolean ones(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != (byte) 0xff) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Inet4Address> ipv4(byte[] b, int at, int mask) {
    byte[] v4 = new byte[4];
    for (int i = 0; i < 4; i++) {
      v4[i] = (byte) (b[at + i] ^ mask);
    }
    try {
      return Optional.of((Inet4Address) InetAddress.getByAddress(v4));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
