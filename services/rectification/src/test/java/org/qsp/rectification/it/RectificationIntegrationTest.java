package org.qsp.rectification.it;

import java.time.Instant;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.qsp.contracts.inspection.SampleFinalized;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.test.QspServiceTest;
import org.qsp.platform.test.ServiceTestKit;
import org.qsp.rectification.task.RectificationTask;
import org.qsp.rectification.task.TaskId;
import org.qsp.rectification.task.TaskService;

/**
 * The whole service against the embedded broker and the in-process store ({@link QspServiceTest}):
 * every subclass shares one Spring context. The overdue check runs only when a test calls it.
 *
 * <p>A test that moves the clock forward waits until the events in flight are out first
 * ({@link #awaitPublished}): the outbox relay's leases run on the same clock, and a lease that
 * seems expired lets the sweep publish the event a second time.
 */
@QspServiceTest
@TestPropertySource(properties = {"qsp.rectification.overdue-check-interval=1h",
        "qsp.rectification.notification.local-targets-allowed=true", "qsp.rectification.notification.jitter=0",
        "qsp.rectification.notification.poll-interval=100ms", "spring.mail.host=127.0.0.1"})
abstract class RectificationIntegrationTest {

    /** Tuesday 10 March 2026, 08:00 in Shanghai: the time of the tests that assert exact instants. */
    static final Instant START = Instant.parse("2026-03-10T00:00:00Z");

    /** The SMTP server of the whole family: a real one, in process (GreenMail), on a free port. */
    static final GreenMail MAIL = startMail();

    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceTestKit kit;
    @Autowired
    AggregateStore<RectificationTask> tasks;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TaskService service;

    /** Opens a task through the use case the listener calls, and waits until its event is out. */
    String openTask(String sampleId, String uscc, String region) {
        return openTask(Samples.failed(sampleId, uscc, region));
    }

    String openTask(SampleFinalized failed) {
        service.openFor(failed);
        return awaitPublished(TaskId.forSample(failed.sampleId()).value()).id();
    }

    RectificationTask awaitPublished(String taskId) {
        return kit.awaitPublished(RectificationTask.class, taskId);
    }

    List<RectificationTask> allTasks() {
        return mongo.findAll(RectificationTask.class);
    }

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
