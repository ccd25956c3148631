package org.qsp.rectification.notification;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.platform.access.Caller;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * An enterprise's wish to receive notices of some kinds at a webhook URL or an email address. A webhook is signed
 * with the newest secret and, during a grace window after a rotation, with the previous one too. An email address
 * receives notices only once its owner followed the confirmation link.
 */
@Document(Subscription.COLLECTION)
@CompoundIndex(name = "owner_kinds", def = "{'owner': 1, 'kinds': 1}")
@CompoundIndex(name = "confirmation_token", def = "{'confirmationToken': 1}", sparse = true)
public class Subscription extends OutboxDocument {

    public static final String COLLECTION = "notice_subscriptions";
    public static final String DESCRIPTION = "subscription";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String id;
    private String owner;
    private Channel channel;
    private String target;
    private List<NoticeKind> kinds = new ArrayList<>();
    private SubscriptionStatus status;
    private List<SigningSecret> secrets = new ArrayList<>();
    private String confirmationToken;
    private Instant confirmationSentAt;
    private Instant createdAt;

    private Subscription() {
    }

    /** A webhook for the caller's enterprise (the URL checked beforehand), active at once, with its first secret. */
    public static Subscription webhook(String owner, String url, Set<NoticeKind> kinds, Instant at) {
        Subscription subscription = create(owner, Channel.WEBHOOK, url, kinds, at);
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.secrets.add(SigningSecret.generate(at));
        return subscription;
    }

    /** An email address for the caller's enterprise, waiting for the confirmation link to be followed. */
    public static Subscription email(String owner, String address, Set<NoticeKind> kinds, Instant at) {
        Subscription subscription = create(owner, Channel.EMAIL, address, kinds, at);
        subscription.status = SubscriptionStatus.PENDING_CONFIRMATION;
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        subscription.confirmationToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        return subscription;
    }

    private static Subscription create(String owner, Channel channel, String target, Set<NoticeKind> kinds,
            Instant at) {
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID().toString();
        subscription.owner = owner;
        subscription.channel = channel;
        subscription.target = target;
        subscription.kinds = kinds.stream().sorted().toList();
        subscription.createdAt = at;
        return subscription;
    }

    /** Anyone but the owning enterprise learns nothing: the same 404 as a subscription that does not exist. */
    public void requireOwner(Caller caller) {
        if (!caller.isEnterprise(owner)) {
            throw new NotYourSubscription(DESCRIPTION, id);
        }
    }

    /**
     * A new signing secret; the current ones stay valid for {@code grace} (a receiver switches without losing a
     * delivery), those already past their window are dropped. Only webhooks have secrets.
     */
    public SigningSecret rotateSecret(Caller caller, Instant at, Duration grace) {
        requireOwner(caller);
        if (channel != Channel.WEBHOOK) {
            throw new NoSecret(id);
        }
        List<SigningSecret> kept = new ArrayList<>();
        SigningSecret fresh = SigningSecret.generate(at);
        kept.add(fresh);
        for (SigningSecret old : secrets) {
            SigningSecret retiring = old.retiresAt() == null ? old.retiringAt(at.plus(grace)) : old;
            if (retiring.isValidAt(at)) {
                kept.add(retiring);
            }
        }
        secrets = kept;
        return fresh;
    }

    /** The secrets to sign with at {@code at}: the newest first, then those still in their grace window. */
    public List<SigningSecret> signingSecrets(Instant at) {
        return secrets.stream().filter(s -> s.isValidAt(at)).toList();
    }

    /** The owner followed the link: the address receives notices from now on. Following it again changes nothing. */
    public void confirm() {
        if (status != SubscriptionStatus.PENDING_CONFIRMATION) {
            return;
        }
        status = SubscriptionStatus.ACTIVE;
        confirmationToken = null;
    }

    /** The owner deletes it: nothing more is sent, and its secrets are forgotten. */
    public void delete(Caller caller) {
        requireOwner(caller);
        status = SubscriptionStatus.DELETED;
        secrets = new ArrayList<>();
        confirmationToken = null;
    }

    public void confirmationSent(Instant at) {
        confirmationSentAt = at;
    }

    public boolean receives(NoticeKind kind) {
        return status == SubscriptionStatus.ACTIVE && kinds.contains(kind);
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public Channel channel() {
        return channel;
    }

    public String target() {
        return target;
    }

    public List<NoticeKind> kinds() {
        return List.copyOf(kinds);
    }

    public SubscriptionStatus status() {
        return status;
    }

    public String confirmationToken() {
        return confirmationToken;
    }

    public Instant confirmationSentAt() {
        return confirmationSentAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
