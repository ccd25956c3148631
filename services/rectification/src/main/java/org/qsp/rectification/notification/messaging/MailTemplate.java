package org.qsp.rectification.notification.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A mail template from the class path: its first line is the subject, the rest the body; {@code {{name}}} is replaced. */
record MailTemplate(String subject, String body) {

    static MailTemplate load(String resource) {
        try (InputStream in = MailTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("mail template " + resource + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            return new MailTemplate(text.substring(0, newline).strip(), text.substring(newline + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MailTemplate fill(Map<String, String> values) {
        String s = subject;
        String b = body;
        for (var value : values.entrySet()) {
            String placeholder = "{{" + value.getKey() + "}}";
            s = s.replace(placeholder, value.getValue());
            b = b.replace(placeholder, value.getValue());
        }
        return new MailTemplate(s, b);
    }
}
