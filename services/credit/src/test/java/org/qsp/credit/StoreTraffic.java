package org.qsp.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the service asks of its store while a test runs one step: every command the calling thread
 * sends (the synchronous driver reports them on that thread), its collection, and how many
 * documents came back. It measures work, not time: "reads at most ten documents" stays true on a
 * slow machine, and a query that reads every record of an enterprise shows up as thousands.
 */
public class StoreTraffic implements CommandListener {

    /** One command: its name ({@code find}, {@code insert}, …), its collection, the documents it returned. */
    public record Command(String name, String collection, int documents) {

        @Override
        public String toString() {
            return name + " " + collection + " → " + documents;
        }
    }

    /** The commands of one step, in the order they were sent. */
    public record Measured(List<Command> commands) {

        public Measured {
            commands = List.copyOf(commands);
        }

        public int documentsRead() {
            return commands.stream().mapToInt(Command::documents).sum();
        }

        public int largestRead() {
            return commands.stream().mapToInt(Command::documents).max().orElse(0);
        }
    }

    private final ThreadLocal<List<Command>> recording = new ThreadLocal<>();
    private final Map<Integer, String> collections = new ConcurrentHashMap<>();

    /** Runs the step on this thread and returns what it asked of the store. */
    public Measured measure(Runnable step) {
        List<Command> commands = new ArrayList<>();
        recording.set(commands);
        try {
            step.run();
        } finally {
            recording.remove();
        }
        return new Measured(commands);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (recording.get() != null) {
            BsonDocument command = event.getCommand();
            BsonValue target = "getMore".equals(event.getCommandName()) ? command.get("collection")
                    : command.get(event.getCommandName());
            collections.put(event.getRequestId(), target != null && target.isString() ? target.asString().getValue()
                    : "");
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        String collection = collections.remove(event.getRequestId());
        List<Command> commands = recording.get();
        if (commands != null && collection != null) {
            commands.add(new Command(event.getCommandName(), collection, documents(event.getResponse())));
        }
    }

    private static int documents(BsonDocument response) {
        BsonDocument cursor = response.getDocument("cursor", null);
        if (cursor != null) {
            for (String batch : List.of("firstBatch", "nextBatch")) {
                if (cursor.containsKey(batch)) {
                    return cursor.getArray(batch).size();
                }
            }
        }
        return response.containsKey("value") && response.get("value").isDocument() ? 1 : 0;
    }

    /** Registers the meter with the service's MongoDB client. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        StoreTraffic storeTraffic() {
            return new StoreTraffic();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer storeTrafficListener(StoreTraffic traffic) {
            return settings -> settings.addCommandListener(traffic);
        }
    }
}
