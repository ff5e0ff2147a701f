package dev.gwanyong.chat.slack;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Slack's Socket Mode endpoint: the smallest WebSocket server that does the RFC 6455
 * handshake, sends text frames, answers pings and collects what the app sends back (its envelope
 * acks). One connection at a time.
 */
final class SocketModeServer implements AutoCloseable {

  private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  private final ServerSocket server;
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final CountDownLatch connected = new CountDownLatch(1);
  private final Thread acceptor;
  private volatile Socket socket;

  SocketModeServer() throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    acceptor = Thread.ofPlatform().daemon().name("socket-mode-stub").start(this::serve);
  }

  String url() {
    return "ws://127.0.0.1:" + server.getLocalPort() + "/link/?ticket=test";
  }

  void awaitConnection() throws InterruptedException {
    if (!connected.await(15, TimeUnit.SECONDS)) {
      throw new AssertionError("the app never connected to the Socket Mode stand-in");
    }
  }

  /** The next text the app sent, or fails after a few seconds. */
  String nextReceived() throws InterruptedException {
    String text = received.poll(15, TimeUnit.SECONDS);
    if (text == null) {
      throw new AssertionError("the app sent nothing over the socket");
    }
    return text;
  }

  synchronized void send(String text) throws IOException {
    writeFrame(0x1, text.getBytes(StandardCharsets.UTF_8));
  }

  private void serve() {
    try {
      socket = server.accept();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      handshake(in, socket.getOutputStream());
      connected.countDown();
      while (true) {
        int first = in.readUnsignedByte();
        int opcode = first & 0x0F;
        byte[] payload = readPayload(in);
        switch (opcode) {
          case 0x1 -> received.add(new String(payload, StandardCharsets.UTF_8));
          case 0x9 -> pong(payload);
          case 0x8 -> {
            closeFrame(payload);
            return;
          }
          default -> {}
        }
      }
    } catch (IOException e) {
      // The socket closes when the test ends; nothing left to serve.
    }
  }

  /** Answers the client's close frame, as RFC 6455 asks, so it need not wait for a timeout. */
  private synchronized void closeFrame(byte[] payload) throws IOException {
    writeFrame(0x8, payload);
  }

  private synchronized void pong(byte[] payload) throws IOException {
    writeFrame(0xA, payload);
  }

  private static void handshake(DataInputStream in, OutputStream out) throws IOException {
    String key = null;
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
      if (line.toLowerCase().startsWith("sec-websocket-key:")) {
        key = line.substring(line.indexOf(':') + 1).strip();
      }
    }
    String accept = Base64.getEncoder().encodeToString(sha1(key + WEBSOCKET_GUID));
    out.write(
        ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: "
                + accept
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static String readLine(DataInputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed during handshake");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  /** Client frames are always masked (RFC 6455 §5.3). */
  private static byte[] readPayload(DataInputStream in) throws IOException {
    int second = in.readUnsignedByte();
    long length = second & 0x7F;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    byte[] mask = new byte[4];
    if ((second & 0x80) != 0) {
      in.readFully(mask);
    }
    byte[] payload = new byte[Math.toIntExact(length)];
    in.readFully(payload);
    for (int i = 0; i < payload.length; i++) {
      payload[i] ^= mask[i % 4];
    }
    return payload;
  }

  private void writeFrame(int opcode, byte[] payload) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(0x80 | opcode);
    if (payload.length < 126) {
      out.write(payload.length);
    } else if (payload.length < 65_536) {
      out.write(126);
      out.write(payload.length >>> 8);
      out.write(payload.length & 0xFF);
    } else {
      out.write(127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) ((long) payload.length >>> shift) & 0xFF);
      }
    }
    out.write(payload);
    out.flush();
  }

  private static byte[] sha1(String text) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    if (socket != null) {
      socket.close();
    }
    acceptor.interrupt();
  }
}
