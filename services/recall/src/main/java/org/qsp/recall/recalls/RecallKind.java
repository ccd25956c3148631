package org.qsp.recall.recalls;

/** 主动召回: the producer's own recall; 责令召回: ordered by the regulator. */
public enum RecallKind {
    VOLUNTARY, ORDERED
}
