package org.qsp.rectification.notification;

import java.util.List;
import java.util.Optional;

/** The queries over subscriptions (the store adapter answers them). */
public interface Subscriptions {

    /** The active subscriptions of the enterprise that receive that kind of notice. */
    List<Subscription> receiving(String uscc, NoticeKind kind);

    /** The enterprise's subscriptions, oldest first. */
    List<Subscription> ownedBy(String uscc);

    Optional<Subscription> byConfirmationToken(String token);

    /** Email subscriptions whose confirmation mail is not sent yet. */
    List<Subscription> awaitingConfirmationMail(int limit);
}
