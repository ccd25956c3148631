package org.qsp.monitor.operations;

/** Reads consumer lag and dead-letter counts from the broker. */
public interface Broker {

    BrokerState read();
}
