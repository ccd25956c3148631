package org.qsp.platform.events;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.kafka.config.MethodKafkaListenerEndpoint;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import org.qsp.contracts.EventType;

/**
 * Turns the service's {@link EventSubscriber}s into Kafka listeners: one listener container per
 * topic that has handlers, in the service's consumer group, with the platform's error handling
 * (the default container factory's). Their ids are {@code qsp-events-<topic>} in the
 * {@code KafkaListenerEndpointRegistry}.
 */
public class EventListeners implements KafkaListenerConfigurer, BeanFactoryAware {

    public static final String ID_PREFIX = "qsp-events-";

    private final List<TopicDispatcher> dispatchers;
    private BeanFactory beanFactory;

    public EventListeners(List<EventSubscriber> subscribers, EventCodec codec, MeterRegistry meters) {
        EventHandlers handlers = new EventHandlers();
        subscribers.forEach(s -> s.subscribe(handlers));
        Map<String, Map<EventType<?>, List<Consumer<IncomingEvent<?>>>>> byTopic = new LinkedHashMap<>();
        handlers.byType().forEach((type, list) -> byTopic.computeIfAbsent(type.topic().name(),
                t -> new LinkedHashMap<>()).put(type, list));
        this.dispatchers = byTopic.entrySet().stream()
                .map(e -> new TopicDispatcher(e.getKey(), codec, e.getValue(), meters)).toList();
    }

    /** The topics this service consumes. */
    public List<String> topics() {
        return dispatchers.stream().map(TopicDispatcher::topic).toList();
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void configureKafkaListeners(KafkaListenerEndpointRegistrar registrar) {
        DefaultMessageHandlerMethodFactory methods = new DefaultMessageHandlerMethodFactory();
        methods.setBeanFactory(beanFactory);
        methods.afterPropertiesSet();
        Method onRecord;
        try {
            onRecord = TopicDispatcher.class.getMethod("onRecord", ConsumerRecord.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        for (TopicDispatcher dispatcher : dispatchers) {
            MethodKafkaListenerEndpoint<String, String> endpoint = new MethodKafkaListenerEndpoint<>();
            endpoint.setId(ID_PREFIX + dispatcher.topic());
            endpoint.setTopics(dispatcher.topic());
            endpoint.setBean(dispatcher);
            endpoint.setMethod(onRecord);
            endpoint.setMessageHandlerMethodFactory(methods);
            endpoint.setBeanFactory(beanFactory);
            registrar.registerEndpoint(endpoint);
        }
    }
}
