package org.qsp.platform.web;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/**
 * A request body that is looked at while it is read: each chunk read goes to {@link #inspect} before the reader
 * gets it, and the end of the body to {@link #end}; either may refuse the body by throwing. The filters that
 * guard a body (its size, its encoding) differ only in what they look at.
 */
abstract class InspectedInputStream extends ServletInputStream {

    private final ServletInputStream in;

    InspectedInputStream(ServletInputStream in) {
        this.in = in;
    }

    /** The bytes just read, {@code buffer[offset..offset+length)}; throws to refuse the body. */
    protected abstract void inspect(byte[] buffer, int offset, int length) throws IOException;

    /** The body ended; throws to refuse it. */
    protected void end() throws IOException {
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            end();
        } else {
            inspect(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            end();
        } else if (n > 0) {
            inspect(buffer, offset, n);
        }
        return n;
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }
}
