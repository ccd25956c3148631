# QSP — the two commands: `make run` (the local stack) and `make test` (the whole suite); `make bench` and `make chaos`
# measure the running stack (neither is part of make test).
SHELL := /bin/bash
.DEFAULT_GOAL := help

JAVA_HOME := $(shell infra/local/bin/find-jdk.sh 21 2>/dev/null)
export JAVA_HOME
MVN := ./mvnw -B -ntp
STAMP := .run/build.stamp
JARS := services/identity/target/qsp-identity.jar services/gateway/target/qsp-gateway.jar \
        services/inspection/target/qsp-inspection.jar services/rectification/target/qsp-rectification.jar \
        services/credit/target/qsp-credit.jar services/complaint/target/qsp-complaint.jar \
        services/recall/target/qsp-recall.jar services/monitor/target/qsp-monitor.jar
BENCH_JAR := tests/bench/target/qsp-bench.jar
CHAOS_CP := tests/chaos/target/classpath.txt

.PHONY: help jdk build built run stop status test bench bench-stream bench-draw bench-credit chaos token webhook-receiver clean contracts-lint browser-deps

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

jdk:
	@if [ -z "$(JAVA_HOME)" ]; then \
	  echo "QSP needs a JDK 21 or newer: none found in JAVA_HOME, on PATH or under /usr/lib/jvm." >&2; \
	  echo "Install one (e.g. Temurin 21/25) and set JAVA_HOME." >&2; exit 1; fi
	@echo "using JDK at $(JAVA_HOME)"

build: jdk ## build every jar without running tests
	$(MVN) -q -DskipTests install

# builds every jar when one is missing or a source changed since the last build
built: jdk
	@if [ ! -f $(STAMP) ] || ! ls $(JARS) infra/local/target/qsp-local-infra.jar $(BENCH_JAR) $(CHAOS_CP) >/dev/null 2>&1 || \
	   [ -n "$$(find pom.xml services infra contracts tests/harness tests/bench tests/chaos -newer $(STAMP) -not -path '*/target/*' \
	            -not -path '*/.run/*' \( -name '*.java' -o -name '*.yml' -o -name '*.yaml' -o -name '*.properties' \
	               -o -name '*.json' -o -name '*.conf' -o -name '*.xml' \) -print -quit 2>/dev/null)" ]; then \
	  echo "building (first run or sources changed)…"; $(MVN) -q -DskipTests install && mkdir -p .run && touch $(STAMP); fi

run: built ## build if needed, start whatever of Kafka, the store, identity, the services and the gateway is down; print the URLs
	@infra/local/bin/stack.sh start

stop: ## stop every part of the local stack that is up (data is kept in .run/data)
	@infra/local/bin/stack.sh stop

status: ## show which parts of the local stack are up, with pids and ports
	@infra/local/bin/stack.sh status

# two modules at a time (-T 2): the services' suites are independent of each other once platform is built; the
# system tests, which need every jar, run last and alone
test: jdk contracts-lint browser-deps ## the whole suite: unit, integration (embedded KRaft + in-process store), contract, system and browser tests
	$(MVN) -T 2 verify

# what gatling-maven-plugin gives Gatling's JVM: it reads String internals and loads Netty's native transport
GATLING_JVM := --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED -XX:+UseG1GC
bench: built ## the benchmark (Gatling, open model): baselines and the pipeline stepped to saturation; BENCH_SECONDS=230
	@QSP_FAST_START=0 "$(JAVA_HOME)/bin/java" -Xmx768m $(GATLING_JVM) -Dqsp.root="$(CURDIR)" \
	  -cp "$(BENCH_JAR):tests/bench/target/lib/*" org.qsp.bench.Bench

bench-stream: built ## the console's live stream: STREAM_VIEWERS=1000 viewers on one monitor, delivery p99, memory per viewer; KPI latency after KPI_EVENTS=1000000
	@QSP_FAST_START=0 "$(JAVA_HOME)/bin/java" -Xmx1g -Dqsp.root="$(CURDIR)" -cp "$(BENCH_JAR):tests/bench/target/lib/*" \
	  org.qsp.bench.stream.StreamBench

bench-draw: built ## the 双随机 draw: import DRAW_POOL=1000000 enterprises (rows/s, progress), draw 1 % by class, verify it
	@"$(JAVA_HOME)/bin/java" -Xmx1g -Dqsp.root="$(CURDIR)" -cp "$(BENCH_JAR):tests/bench/target/lib/*" \
	  org.qsp.bench.draw.DrawBench

# credit against the in-process store the tests use (no stack): figures in services/credit/target/credit-bench.txt
BENCH_ENTERPRISES ?= 10000,100000
BENCH_ROWS ?= 1000000
bench-credit: jdk ## credit: re-classification of BENCH_ENTERPRISES=10000,100000 enterprises x 5 records (scaling), registry import of BENCH_ROWS=1000000 rows
	$(MVN) -q -DskipTests -pl services/credit -am install
	$(MVN) -pl services/credit verify -Dtest=CreditBench -Dsurefire.failIfNoSpecifiedTests=false -Dqsp.bench=true \
	  -Dqsp.bench.enterprises=$(BENCH_ENTERPRISES) -Dqsp.bench.rows=$(BENCH_ROWS) -DargLine=-Xmx6g
	@grep -h . services/credit/target/credit-bench.txt

LINT := contracts/lint
contracts-lint: ## validate (@asyncapi/parser) and lint (Spectral) the AsyncAPI document; needs Node.js and npm
	@command -v npm >/dev/null || { echo "contracts-lint needs Node.js and npm (Debian: apt-get install nodejs npm)" >&2; exit 1; }
	@if [ ! -f $(LINT)/node_modules/.package-lock.json ] || [ $(LINT)/package-lock.json -nt $(LINT)/node_modules/.package-lock.json ]; then \
	  echo "installing the contract lint tools (npm ci in $(LINT))…"; \
	  (cd $(LINT) && npm ci --no-audit --no-fund) && touch $(LINT)/node_modules/.package-lock.json; fi
	cd $(LINT) && npm run --silent validate
	cd $(LINT) && npm run --silent spectral

BROWSER := tests/browser
# the console's browser tests (ConsoleBrowserSystemTest runs them in make test): playwright-core drives Debian's
# Chromium at /usr/bin/chromium (apt-get install chromium fonts-wqy-microhei); no browser is downloaded
browser-deps:
	@command -v npm >/dev/null || { echo "the browser tests need Node.js and npm (Debian: apt-get install nodejs npm)" >&2; exit 1; }
	@if [ ! -f $(BROWSER)/node_modules/.package-lock.json ] || [ $(BROWSER)/package-lock.json -nt $(BROWSER)/node_modules/.package-lock.json ]; then \
	  echo "installing the browser test tools (npm ci in $(BROWSER))…"; \
	  (cd $(BROWSER) && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund) && touch $(BROWSER)/node_modules/.package-lock.json; fi

chaos: built ## under load: kill -9 each part, poison, 2x overload; table of lost / duplicated / recovered (not in make test)
	@$(JAVA_HOME)/bin/java -Xmx512m -Dqsp.repo.root=$(CURDIR) -cp "tests/chaos/target/classes:$$(cat $(CHAOS_CP))" \
	  org.qsp.chaos.ChaosRun

token: ## print an access token for a demo user through the real login flow: make -s token USER=ent-a
	@services/identity/bin/token.sh $(USER)

webhook-receiver: jdk ## a tiny webhook receiver on loopback that prints notices: PORT=9999 WEBHOOK_SECRET=whsec_… FAIL_FIRST=0
	@$(JAVA_HOME)/bin/java infra/local/webhook-receiver/WebhookReceiver.java

clean: ## remove build output (not the local data)
	$(MVN) -q clean
