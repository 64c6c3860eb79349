package dk.kantinekort.command.durability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system with a recorder: a database opened as {@code jdbc:h2:forcerec:/some/dir/name} writes through
 * here, which counts the writes that reached the file and remembers up to which write a {@code force()}
 * (fsync) has brought them onto the disk.
 */
public final class ForceRecordingFileSystem extends FilePathWrapper {

    static final String SCHEME = "forcerec";
    private static final AtomicLong WRITES = new AtomicLong();
    private static final AtomicLong FORCED_UP_TO = new AtomicLong();
    private static final AtomicLong FORCES = new AtomicLong();

    /** H2 makes one instance per path by reflection. */
    public ForceRecordingFileSystem() {
        // nothing to set up
    }

    static void register() {
        FilePath.register(new ForceRecordingFileSystem());
    }

    /** How many writes have reached the files so far (in the OS, not necessarily on the disk). */
    static long writes() {
        return WRITES.get();
    }

    /** Every write up to this number was on the disk when a force() returned. */
    static long forcedUpTo() {
        return FORCED_UP_TO.get();
    }

    static long forces() {
        return FORCES.get();
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Recording(getBase().open(mode));
    }

    private static final class Recording extends FileBase {

        private final FileChannel channel;

        Recording(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            long writtenBefore = WRITES.get();
            channel.force(metaData);
            FORCES.incrementAndGet();
            FORCED_UP_TO.accumulateAndGet(writtenBefore, Math::max);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            int written = channel.write(src, position);
            WRITES.incrementAndGet();
            return written;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int written = channel.write(src);
            WRITES.incrementAndGet();
            return written;
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            channel.truncate(size);
            return this;
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
