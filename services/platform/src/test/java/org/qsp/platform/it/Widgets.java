package org.qsp.platform.it;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Widgets extends MongoRepository<PlatformTestApplication.Widget, String> {
}
