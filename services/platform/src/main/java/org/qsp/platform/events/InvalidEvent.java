package org.qsp.platform.events;

/** A record that is not a valid QSP CloudEvent: it goes to the dead-letter topic at once. */
public class InvalidEvent extends RuntimeException {

    public InvalidEvent(String message) {
        super(message);
    }

    public InvalidEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
