package org.qsp.platform.store;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.qsp.platform.paging.Page;

/**
 * A list query of a service's store package, built from the filters a client gave (a filter that is null is left
 * out) and read one page at a time: {@code PagedQuery.of(Lead.class).startsWith("region", prefix).is("status",
 * status).page(mongo, NEWEST_FIRST, page, size)}.
 */
public final class PagedQuery<T> {

    private final Class<T> type;
    private final Query query = new Query();

    private PagedQuery(Class<T> type) {
        this.type = type;
    }

    public static <T> PagedQuery<T> of(Class<T> type) {
        return new PagedQuery<>(type);
    }

    /**
     * {@code field} starts with {@code prefix} (letters and digits: an anchored regex an index serves, such as a
     * region prefix); all for null or "".
     */
    public PagedQuery<T> startsWith(String field, String prefix) {
        if (prefix != null && !prefix.isEmpty()) {
            if (!prefix.matches("[0-9A-Za-z]+")) {
                throw new IllegalArgumentException("a prefix of letters and digits, not " + prefix);
            }
            query.addCriteria(Criteria.where(field).regex("^" + prefix));
        }
        return this;
    }

    /** {@code field} equals {@code value}; all for null. */
    public PagedQuery<T> is(String field, Object value) {
        if (value != null) {
            query.addCriteria(Criteria.where(field).is(value));
        }
        return this;
    }

    /** Any other criterion, when {@code given} is not null. */
    public PagedQuery<T> where(Object given, Criteria criteria) {
        if (given != null) {
            query.addCriteria(criteria);
        }
        return this;
    }

    /** One page of the matching documents in {@code order}, with how many match in all. */
    public Page<T> page(MongoTemplate mongo, Sort order, int page, int size) {
        long total = mongo.count(query, type);
        Query pageQuery = Query.of(query).with(order).skip((long) page * size).limit(size);
        return new Page<>(mongo.find(pageQuery, type), page, size, total);
    }
}
