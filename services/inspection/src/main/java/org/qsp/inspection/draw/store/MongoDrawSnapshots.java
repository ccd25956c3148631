package org.qsp.inspection.draw.store;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.qsp.inspection.draw.DrawAlgorithm.Candidate;
import org.qsp.inspection.draw.DrawSnapshots;
import org.qsp.inspection.pool.RiskClass;

/**
 * Draw snapshots in {@code draw_snapshots}: one document per chunk of {@value #CHUNK} entries, {@code _id}
 * {@code <drawId>/<n>}, the lines {@code uscc,class,category\n} gzip-compressed (about 12 bytes an entry: a chunk
 * stays near 3 MB, well under MongoDB's 16 MB).
 */
@Component
class MongoDrawSnapshots implements DrawSnapshots {

    static final String COLLECTION = "draw_snapshots";
    static final int CHUNK = 250_000;

    private final MongoTemplate mongo;

    MongoDrawSnapshots(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public int save(String drawId, List<Candidate> pool) {
        int chunks = Math.max(1, (pool.size() + CHUNK - 1) / CHUNK);
        for (int n = 0; n < chunks; n++) {
            List<Candidate> part = pool.subList(Math.min(pool.size(), n * CHUNK),
                    Math.min(pool.size(), (n + 1) * CHUNK));
            mongo.save(new Document("_id", drawId + "/" + n).append("drawId", drawId).append("n", n)
                    .append("entries", part.size()).append("data", new Binary(compress(part))), COLLECTION);
        }
        return chunks;
    }

    @Override
    public List<Candidate> load(String drawId, int chunks) {
        List<Candidate> pool = new ArrayList<>();
        for (int n = 0; n < chunks; n++) {
            Document chunk = mongo.findOne(Query.query(Criteria.where("_id").is(drawId + "/" + n)), Document.class,
                    COLLECTION);
            if (chunk == null) {
                throw new IllegalStateException("snapshot chunk " + n + " of draw " + drawId + " is missing");
            }
            decompress(chunk.get("data", Binary.class).getData(), pool);
        }
        return pool;
    }

    private static byte[] compress(List<Candidate> part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.size() * 14 + 64);
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes, 1 << 16), StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(64);
            for (Candidate c : part) {
                line.setLength(0);
                line.append(c.uscc()).append(',').append(c.riskClass().name()).append(',').append(c.category())
                        .append('\n');
                out.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void decompress(byte[] data, List<Candidate> into) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(data), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                int first = line.indexOf(',');
                int second = line.indexOf(',', first + 1);
                into.add(new Candidate(line.substring(0, first), RiskClass.valueOf(line.substring(first + 1, second)),
                        line.substring(second + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
