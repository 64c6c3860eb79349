package dk.kantinekort.app.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy for fault tests: forwards 127.0.0.1:{@link #port()} to a target until {@link #cut()}, which drops every
 * open connection and from then on accepts new ones but never answers (a store that became unreachable: the client
 * hangs unless its own time-outs end the wait). {@link #restore()} forwards again.
 */
final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean cut;
    private volatile boolean closed;

    TcpProxy(InetSocketAddress target) {
        this.target = target;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon("tcp-proxy-accept", this::acceptLoop).start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Drops the open connections; new ones are accepted and then left without an answer. */
    void cut() {
        cut = true;
        dropAll();
    }

    /** Forwards again; the connections held without an answer are dropped, so clients reconnect. */
    void restore() {
        cut = false;
        dropAll();
    }

    @Override
    public void close() {
        closed = true;
        dropAll();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            open.add(client);
            if (cut) {
                continue; // held open, never answered
            }
            try {
                Socket upstream = new Socket(target.getAddress(), target.getPort());
                open.add(upstream);
                daemon("tcp-proxy-up", () -> pump(client, upstream)).start();
                daemon("tcp-proxy-down", () -> pump(upstream, client)).start();
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ignored) {
            // one side went away: drop the other too
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void dropAll() {
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}
