#!/usr/bin/env python3
"""Where the host's CPU time goes, by stage of the lodging path, from `perf script` output of a host run with
DOTNET_PerfMapEnabled=1 (see docs/benchmarks.md). Each sample is charged to the innermost frame that names a
stage; samples of the JIT's and the GC's own threads to those; the rest to 'other'.

    python3 bench/profile/stages.py host.perf.txt
"""
import collections
import re
import sys

# (stage, pattern over a frame), innermost match wins; order breaks ties within one frame.
STAGES = [
    ("intake: DEC-DMS XML read + schema validation", r"Tamga\.Declarations\.Intake\.DecDms(Reader|Mapping)"),
    ("intake: JSON read", r"Tamga\.Declarations\.Intake\.DeclarationJson::Read"),
    ("intake: business rules", r"Tamga\.Declarations\.Intake\.DeclarationRules"),
    ("intake: content written as JSON", r"Tamga\.Declarations\.Intake\.DeclarationJson::Write"),
    ("intake: facts", r"DeclarationIntake::Facts"),
    ("intake: other (reading the body, dispatch)", r"DeclarationIntake::Read|BodyFormats"),
    ("registration, risk, duties, routing", r"AutomaticProcessing|Tamga\.Declarations\.Domain\.Declaration::"),
    ("audit records + events prepared", r"PendingLodging::\.ctor|AuditRecord::|OutboxMessage::From|AuditChain::LinkNewStreams"),
    ("body hash (SHA-256)", r"SHA256|Sha256"),
    ("writer: SQL inserts + commit", r"LodgingWriter|TableInserter"),
    ("outbox dispatch (after the answer)", r"OutboxDispatcher|NotificationPushScheduler"),
    ("callback deliverer (polling)", r"CallbackDeliverer"),
    ("authentication (JWT)", r"JwtBearer|JsonWebTokenHandler|IdentityModel"),
    ("answer serialised", r"DeclarationViews|HttpResultsHelper|HttpResults\.|WriteAsJsonAsync|JsonResultExecutor|ProblemDetails"),
    ("health check", r"HealthCheck"),
    ("HTTP: Kestrel, middleware, routing", r"Kestrel|Microsoft\.AspNetCore\.|System\.Net\.Sockets|System\.IO\.Pipelines"),
]
COMPILED = [(name, re.compile(pattern)) for name, pattern in STAGES]


def stage_of(sample):
    lines = [line.strip() for line in sample.strip().split("\n")]
    if len(lines) < 2:
        return None
    thread = re.split(r"\s+\d+\s+\d+\.\d+:", lines[0])[0].strip()
    if thread.startswith(".NET Tiered Com"):
        return "JIT (tiered compilation thread)"
    if "GC" in thread and thread.startswith(".NET"):
        return "GC (background/server GC threads)"
    managed = False
    for frame in lines[1:]:  # innermost first
        if ".map)" in frame or ".dll)" in frame:
            managed = True
        for name, pattern in COMPILED:
            if pattern.search(frame):
                return name
    if not managed:
        return "native: SQLite, file and network I/O in the kernel, thread switches (stack not unwound to managed code)"
    return "other managed (thread pool dispatch, DI, EF queries, ...)"


def main():
    text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
    counts = collections.Counter()
    total = 0
    for sample in text.split("\n\n"):
        stage = stage_of(sample)
        if stage is None:
            continue
        counts[stage] += 1
        total += 1
    print(f"{total} samples")
    for name, count in counts.most_common():
        print(f"| {name} | {count / total * 100:.1f} % |")


if __name__ == "__main__":
    main()
